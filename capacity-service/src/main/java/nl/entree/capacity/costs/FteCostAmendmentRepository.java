package nl.entree.capacity.costs;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import nl.entree.capacity.versions.AmendmentKind;

@ApplicationScoped
class FteCostAmendmentRepository implements PanacheRepositoryBase<FteCostAmendment, UUID> {

    /** Every correction of every cost version, oldest first: rare, so read whole with the versions. */
    List<FteCostAmendment> corrections() {
        return list("kind = ?1 order by amendedAt, id", AmendmentKind.CORRECTED);
    }

    List<FteCostAmendment> correctionsOf(UUID versionId) {
        return list("versionId = ?1 and kind = ?2 order by amendedAt, id", versionId, AmendmentKind.CORRECTED);
    }
}
