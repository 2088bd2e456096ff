package nl.entree.capacity.costs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.entree.capacity.versions.AmendmentKind;
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
    static final String COST_CORRECT = "COST_CORRECT";
    static final String COST_WITHDRAW = "COST_WITHDRAW";

    private final FteCostRepository repository;
    private final FteCostAmendmentRepository amendments;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionLock versions;

    public CostService(FteCostRepository repository, FteCostAmendmentRepository amendments, AuditTrail audit,
            Clock clock, TransactionLock versions) {
        this.repository = repository;
        this.amendments = amendments;
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(DutchTime.ZONE));
    }

    @Transactional
    public CostBook book() {
        return new CostBook(repository.allVersions(), amendments.corrections());
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
     * Registers a new version. Like a norm, it may not start in the past, nor more than five years ahead, and it
     * must start after the version it closes. A mistake in a version is corrected in place, not by a version after it.
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
        cost.eurosPerFtePerYear = cents(update.eurosPerFtePerYear());
        cost.source = update.source().strip();
        cost.assumption = update.assumption();
        cost.validFrom = validFrom;
        cost.registeredBy = caller.subject();
        cost.registeredAt = clock.instant();
        repository.persist(cost);
        audit.record(COST_REGISTER, COST, organisation, AuditResult.OK);
        return CostView.of(cost, List.of());
    }

    /**
     * Corrects the version that starts on {@code validFrom} in place: it keeps its dates, and what it said before is
     * kept with the reason. The euros of every month priced with it change, past ones too (a first version prices
     * every month before it): that is the point of a correction, and why it is audited and needs a reason.
     */
    @Transactional
    CostView correct(Organisation organisation, LocalDate validFrom, CostCorrection correction, Caller caller) {
        try {
            caller.requireNational("What an FTE costs applies in every region");
            versions.hold("fte-cost:" + organisation);
            FteCost cost = repository.versionForUpdate(organisation, validFrom)
                    .orElseThrow(() -> noSuchVersion(organisation, validFrom));
            amendments.persist(FteCostAmendment.of(cost, AmendmentKind.CORRECTED, correction.reason().strip(),
                    caller.subject(), clock.instant()));
            cost.eurosPerFtePerYear = cents(correction.eurosPerFtePerYear());
            cost.source = correction.source().strip();
            cost.assumption = correction.assumption();
            audit.record(COST_CORRECT, COST, organisation, AuditResult.OK);
            return CostView.of(cost, amendments.correctionsOf(cost.id).stream().map(CostView.Correction::of)
                    .toList());
        } catch (ProblemException refusal) {
            audit.recordRefusal(COST_CORRECT, COST, organisation, refusal);
            throw refusal;
        }
    }

    /**
     * Withdraws a version that has not started yet, such as one dated 2207 for 2027: the version before it runs on
     * to where the withdrawn one ended. A started version is a 409: euros were priced with it; correct it.
     */
    @Transactional
    void withdraw(Organisation organisation, LocalDate validFrom, Caller caller) {
        try {
            caller.requireNational("What an FTE costs applies in every region");
            versions.hold("fte-cost:" + organisation);
            FteCost cost = repository.versionForUpdate(organisation, validFrom)
                    .orElseThrow(() -> noSuchVersion(organisation, validFrom));
            DatedVersions.requireNotStarted(cost.validFrom, today(), "The cost for " + organisation + " from "
                    + validFrom);
            Optional<FteCost> before = repository.versionEndingForUpdate(organisation, cost.validFrom);
            amendments.persist(FteCostAmendment.of(cost, AmendmentKind.WITHDRAWN, null, caller.subject(),
                    clock.instant()));
            repository.delete(cost);
            // Deleted before the version before it reopens: two open versions would break the table's unique index.
            repository.flush();
            before.ifPresent(b -> b.validTo = cost.validTo);
            audit.record(COST_WITHDRAW, COST, organisation, AuditResult.OK);
        } catch (ProblemException refusal) {
            audit.recordRefusal(COST_WITHDRAW, COST, organisation, refusal);
            throw refusal;
        }
    }

    private static ProblemException noSuchVersion(Organisation organisation, LocalDate validFrom) {
        return ProblemException.notFound("A version of the cost for " + organisation + " from " + validFrom);
    }

    private static BigDecimal cents(double euros) {
        return BigDecimal.valueOf(euros).setScale(2, RoundingMode.HALF_UP);
    }
}
