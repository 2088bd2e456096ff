package nl.entree.capacity.staffing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.entree.capacity.config.CapacityConfig;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

@ApplicationScoped
public class StaffingService {

    private final StaffingRepository repository;
    private final CapacityConfig config;

    public StaffingService(StaffingRepository repository, CapacityConfig config) {
        this.repository = repository;
        this.config = config;
    }

    @Transactional
    public Optional<StaffingView> find(Organisation organisation, Region region) {
        return repository.find(organisation, region).map(this::view);
    }

    /** Every staffing row of the organisation; region null in the argument means all of them. */
    @Transactional
    public List<StaffingView> rows(Organisation organisation, Region region) {
        if (region != null) {
            return find(organisation, region).map(List::of).orElse(List.of());
        }
        return repository.all(organisation).stream().map(this::view).toList();
    }

    @Transactional
    public StaffingView put(Organisation organisation, Region region, StaffingUpdate update, String updatedBy) {
        Staffing staffing = repository.find(organisation, region).orElseGet(() -> {
            Staffing created = new Staffing();
            created.id = UUID.randomUUID();
            created.organisation = organisation;
            created.region = region;
            return created;
        });
        staffing.fte = update.fte();
        staffing.contractHoursPerFtePerWeek = update.contractHoursPerFtePerWeek();
        staffing.productiveShare = update.productiveShare();
        staffing.updatedBy = updatedBy;
        staffing.updatedAt = Instant.now();
        repository.persist(staffing);
        return view(staffing);
    }

    private StaffingView view(Staffing s) {
        double hours = s.contractHoursPerFtePerWeek == null ? config.contractHoursPerFtePerWeek()
                : s.contractHoursPerFtePerWeek;
        double share = s.productiveShare == null ? config.productiveShare() : s.productiveShare;
        return new StaffingView(s.organisation, s.region, s.fte, hours, s.contractHoursPerFtePerWeek == null,
                share, s.productiveShare == null, s.fte * hours * share, s.updatedAt);
    }
}
