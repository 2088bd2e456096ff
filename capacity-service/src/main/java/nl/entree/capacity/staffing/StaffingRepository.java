package nl.entree.capacity.staffing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

@ApplicationScoped
public class StaffingRepository implements PanacheRepositoryBase<Staffing, UUID> {

    public Optional<Staffing> find(Organisation organisation, Region region) {
        return region == null
                ? find("organisation = ?1 and region is null", organisation).firstResultOptional()
                : find("organisation = ?1 and region = ?2", organisation, region).firstResultOptional();
    }

    public List<Staffing> all(Organisation organisation) {
        return list("organisation", organisation);
    }
}
