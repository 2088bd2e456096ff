package nl.entree.capacity.costs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.entree.capacity.versions.DatedVersions;
import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.db.TransactionLock;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;
import nl.entree.common.time.DutchTime;
import nl.entree.common.vocabulary.Organisation;

@ApplicationScoped
public class CostService {

    static final String COST = "fte-cost";
    static final String COST_REGISTER = "COST_REGISTER";

    private final FteCostRepository repository;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionLock versions;

    public CostService(FteCostRepository repository, AuditTrail audit, Clock clock, TransactionLock versions) {
        this.repository = repository;
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(DutchTime.ZONE));
    }

    @Transactional
    public CostBook book() {
        return new CostBook(repository.allVersions());
    }

    /** One row per organisation, registered or unknown, as in force on {@code day}. */
    @Transactional
    List<CostView> all(LocalDate day) {
        CostBook book = book();
        return Arrays.stream(Organisation.values()).map(org -> book.on(org, day)).toList();
    }

    @Transactional
    List<CostView> history(Organisation organisation) {
        return book().history(organisation);
    }

    /**
     * Registers a new version. Like a norm, it may not start in the past, so that figures already reported stay
     * reproducible, and it must start after the version it closes.
     */
    @Transactional
    CostView register(Organisation organisation, CostUpdate update, Caller caller) {
        try {
            return registerChecked(organisation, update, caller);
        } catch (ProblemException refusal) {
            audit.recordRefusal(COST_REGISTER, COST, organisation, refusal);
            throw refusal;
        }
    }

    private CostView registerChecked(Organisation organisation, CostUpdate update, Caller caller) {
        // An organisation has one cost per FTE, which every region's requirements are priced at.
        caller.requireNational("What an FTE costs applies in every region");
        LocalDate validFrom = DatedVersions.start(update.validFrom(), today(), "costs");
        versions.hold("fte-cost:" + organisation);
        repository.openVersionForUpdate(organisation).ifPresent(open -> {
            open.validTo = DatedVersions.closeAt(open.validFrom, validFrom, "The cost in force for " + organisation);
            repository.flush();
        });
        FteCost cost = new FteCost();
        cost.id = UUID.randomUUID();
        cost.organisation = organisation;
        cost.eurosPerFtePerYear = BigDecimal.valueOf(update.eurosPerFtePerYear()).setScale(2, RoundingMode.HALF_UP);
        cost.source = update.source().strip();
        cost.assumption = update.assumption();
        cost.validFrom = validFrom;
        cost.registeredBy = caller.subject();
        cost.registeredAt = clock.instant();
        repository.persist(cost);
        audit.record(COST_REGISTER, COST, organisation, AuditResult.OK);
        return CostView.of(cost);
    }
}
