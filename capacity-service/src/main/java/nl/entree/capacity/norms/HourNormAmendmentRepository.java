package nl.entree.capacity.norms;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import nl.entree.capacity.versions.AmendmentKind;

@ApplicationScoped
class HourNormAmendmentRepository implements PanacheRepositoryBase<HourNormAmendment, UUID> {

    /** Every correction of every norm version, oldest first: rare, so read whole with the versions. */
    List<HourNormAmendment> corrections() {
        return list("kind = ?1 order by amendedAt, id", AmendmentKind.CORRECTED);
    }

    List<HourNormAmendment> correctionsOf(UUID versionId) {
        return list("versionId = ?1 and kind = ?2 order by amendedAt, id", versionId, AmendmentKind.CORRECTED);
    }
}
