package nl.entree.capacity.norms;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import nl.entree.common.vocabulary.CaseType;

@ApplicationScoped
class HourNormRepository implements PanacheRepositoryBase<HourNorm, UUID> {

    /** Every version of every norm, oldest first: few enough rows to keep in memory per request. */
    public List<HourNorm> allVersions() {
        return list("order by caseType, validFrom");
    }

    public List<HourNorm> versions(CaseType caseType) {
        return list("caseType = ?1 order by validFrom", caseType);
    }

    public Optional<HourNorm> openVersionForUpdate(CaseType caseType) {
        return find("caseType = ?1 and validTo is null", caseType)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }
}
