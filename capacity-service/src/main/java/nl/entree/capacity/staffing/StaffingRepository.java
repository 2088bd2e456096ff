package nl.entree.capacity.staffing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

@ApplicationScoped
class StaffingRepository implements PanacheRepositoryBase<Staffing, UUID> {

    /** The version in force. */
    public Optional<Staffing> find(Organisation organisation, Region region) {
        return ofPlace(organisation, region, " and validTo is null").firstResultOptional();
    }

    /** The version in force, locked, so that two registrations at once do not both close it. */
    public Optional<Staffing> findForUpdate(Organisation organisation, Region region) {
        return ofPlace(organisation, region, " and validTo is null").withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** The versions in force, one per region. */
    public List<Staffing> all(Organisation organisation) {
        return list("organisation = ?1 and validTo is null", organisation);
    }

    /** Every version, oldest first. */
    public List<Staffing> versions(Organisation organisation, Region region) {
        return ofPlace(organisation, region, " order by validFrom").list();
    }

    /**
     * Every version of the rows a figure for {@code region} counts, oldest first: that region's, or with region null
     * every region's and the unassigned ones, as {@link StaffingService#rows} counts them now.
     */
    public List<Staffing> countedVersions(Organisation organisation, Region region) {
        return region == null ? list("organisation = ?1 order by validFrom", organisation)
                : versions(organisation, region);
    }

    private PanacheQuery<Staffing> ofPlace(Organisation organisation, Region region, String rest) {
        return region == null
                ? find("organisation = :org and region is null" + rest, Parameters.with("org", organisation))
                : find("organisation = :org and region = :region" + rest,
                        Parameters.with("org", organisation).and("region", region));
    }
}
