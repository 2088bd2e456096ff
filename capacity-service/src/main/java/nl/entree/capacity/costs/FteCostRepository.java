package nl.entree.capacity.costs;

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

    Optional<FteCost> openVersionForUpdate(Organisation organisation) {
        return find("organisation = ?1 and validTo is null", organisation)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }
}
