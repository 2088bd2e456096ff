package nl.entree.capacity.costs;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import nl.entree.common.vocabulary.Organisation;

@ApplicationScoped
class FteCostRepository implements PanacheRepositoryBase<FteCost, UUID> {

    /** Every version of every organisation's cost, oldest first: six organisations, a handful of rows. */
    List<FteCost> allVersions() {
        return list("order by organisation, validFrom");
    }

    Optional<FteCost> versionForUpdate(Organisation organisation, LocalDate validFrom) {
        return find("organisation = ?1 and validFrom = ?2", organisation, validFrom)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** The version that ends where {@code validFrom} begins: the one before it. */
    Optional<FteCost> versionEndingForUpdate(Organisation organisation, LocalDate validTo) {
        return find("organisation = ?1 and validTo = ?2", organisation, validTo)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    Optional<FteCost> openVersionForUpdate(Organisation organisation) {
        return find("organisation = ?1 and validTo is null", organisation)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }
}
