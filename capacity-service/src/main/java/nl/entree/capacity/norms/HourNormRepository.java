package nl.entree.capacity.norms;

import java.time.LocalDate;
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

    Optional<HourNorm> versionForUpdate(CaseType caseType, LocalDate validFrom) {
        return find("caseType = ?1 and validFrom = ?2", caseType, validFrom)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** The version that ends where {@code validFrom} begins: the one before it. */
    Optional<HourNorm> versionEndingForUpdate(CaseType caseType, LocalDate validTo) {
        return find("caseType = ?1 and validTo = ?2", caseType, validTo)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public Optional<HourNorm> openVersionForUpdate(CaseType caseType) {
        return find("caseType = ?1 and validTo is null", caseType)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }
}
