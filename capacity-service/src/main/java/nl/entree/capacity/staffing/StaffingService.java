package nl.entree.capacity.staffing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.entree.capacity.config.CapacityConfig;
import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.db.TransactionLock;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;
import nl.entree.common.security.Roles;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

@ApplicationScoped
public class StaffingService {

    static final String STAFFING = "staffing";
    static final String STAFFING_REGISTER = "STAFFING_REGISTER";

    private final StaffingRepository repository;
    private final CapacityConfig config;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionLock versions;

    public StaffingService(StaffingRepository repository, CapacityConfig config, AuditTrail audit, Clock clock,
            TransactionLock versions) {
        this.repository = repository;
        this.versions = versions;
        this.config = config;
        this.audit = audit;
        this.clock = clock;
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

    /** Every version of the rows {@link #rows} counts, so that a figure for a past month uses the staff of then. */
    @Transactional
    public StaffingBook book(Organisation organisation, Region region) {
        return new StaffingBook(repository.countedVersions(organisation, region).stream()
                .map(s -> new StaffingBook.Version(s.validFrom, s.validTo, view(s))).toList());
    }

    /** Every version, oldest first; empty when none was ever registered. */
    @Transactional
    public List<StaffingView> history(Organisation organisation, Region region) {
        return repository.versions(organisation, region).stream().map(this::view).toList();
    }

    /** Registers a new version, in force from now; the version in force until now is kept, closed. */
    @Transactional
    public StaffingView put(Organisation organisation, Region region, StaffingUpdate update, Caller caller) {
        try {
            return putChecked(organisation, region, update, caller);
        } catch (ProblemException refusal) {
            audit.recordRefusal(STAFFING_REGISTER, STAFFING, objectId(organisation, region), refusal);
            throw refusal;
        }
    }

    private StaffingView putChecked(Organisation organisation, Region region, StaffingUpdate update,
            Caller caller) {
        if (caller.isCoordinator() && !caller.hasRole(Roles.ADMIN) && caller.region().isPresent()
                && caller.region().get() != region) {
            throw ProblemException.forbidden("A regional coordinator registers staffing for their own region only.");
        }
        // Before the time is read: a registration that waited must not start before the one it waited for.
        versions.hold("staffing:" + objectId(organisation, region));
        Instant now = Instant.now(clock);
        repository.findForUpdate(organisation, region).ifPresent(current -> {
            current.validTo = now;
            repository.flush();
        });
        Staffing staffing = new Staffing();
        staffing.id = UUID.randomUUID();
        staffing.organisation = organisation;
        staffing.region = region;
        staffing.fte = update.fte();
        staffing.contractHoursPerFtePerWeek = update.contractHoursPerFtePerWeek();
        staffing.productiveShare = update.productiveShare();
        staffing.updatedBy = caller.subject();
        staffing.updatedAt = now;
        staffing.validFrom = now;
        repository.persist(staffing);
        audit.record(STAFFING_REGISTER, STAFFING, objectId(organisation, region), AuditResult.OK);
        return view(staffing);
    }

    /** What the audit trail calls the staffing of an organisation in a region: {@code CSG/VR13}, or {@code CSG}. */
    static String objectId(Organisation organisation, Region region) {
        return region == null ? organisation.name() : organisation.name() + "/" + region.name();
    }

    private StaffingView view(Staffing s) {
        double hours = s.contractHoursPerFtePerWeek == null ? config.contractHoursPerFtePerWeek()
                : s.contractHoursPerFtePerWeek;
        double share = s.productiveShare == null ? config.productiveShare() : s.productiveShare;
        return new StaffingView(s.organisation, s.region, s.fte, hours, s.contractHoursPerFtePerWeek == null,
                share, s.productiveShare == null, s.fte * hours * share, s.updatedAt, s.validTo);
    }
}
