package nl.entree.triage.milestones;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.db.TransactionLock;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.triage.audit.AuditTerms;

/**
 * Publishes and activates milestone plans, as rule sets are: a published version never changes, so the plans are kept
 * in memory once read, and a case's milestones are always read against the version they were laid out under.
 */
@ApplicationScoped
public class MilestonePlans {

    /** Long enough for any term in the letter (ten weeks) with room to spare; a longer one is a typing error. */
    private static final Period LONGEST_TERM = Period.ofYears(2);

    private final MilestonePlanRepository plans;
    private final Caller caller;
    private final AuditTrail audit;
    private final Clock clock;
    private final Map<Integer, MilestonePlan> published = new ConcurrentHashMap<>();
    private final TransactionLock locks;

    public MilestonePlans(MilestonePlanRepository plans, Caller caller, AuditTrail audit, Clock clock,
            TransactionLock locks) {
        this.plans = plans;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
        this.locks = locks;
    }

    /** The plan new cases get, with its version. */
    public record Versioned(int version, MilestonePlan plan) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Versioned active() {
        MilestonePlanEntity active = plans.active()
                .orElseThrow(() -> ProblemException.unavailable("No milestone plan is active."));
        published.putIfAbsent(active.version, active.document);
        return new Versioned(active.version, active.document);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public MilestonePlan version(int version) {
        return published.computeIfAbsent(version, v -> plans.findByIdOptional(v)
                .orElseThrow(() -> new IllegalStateException("Milestone plan " + v + " is referred to but missing"))
                .document);
    }

    @Transactional
    public List<MilestonePlanView> list() {
        audit.record("MILESTONE_PLAN_LIST", AuditTerms.MILESTONE_PLAN, null, AuditResult.OK);
        return plans.allByVersion().stream().map(MilestonePlans::view).toList();
    }

    @Transactional
    public Optional<MilestonePlanView> find(Integer version) {
        Optional<MilestonePlanEntity> found = version == null ? plans.active() : plans.findByIdOptional(version);
        audit.record("MILESTONE_PLAN_READ", AuditTerms.MILESTONE_PLAN, version,
                found.isPresent() ? AuditResult.OK : AuditResult.NOT_FOUND);
        return found.map(MilestonePlans::view);
    }

    /** Checks the whole plan first: nothing is stored unless all of it holds together. */
    @Transactional
    public MilestonePlanView publish(MilestonePlan plan) {
        check(plan);
        locks.hold("milestone-plan-publishing");
        MilestonePlanEntity entity = new MilestonePlanEntity();
        entity.version = plans.nextVersion();
        entity.document = plan;
        entity.active = false;
        entity.publishedAt = Instant.now(clock);
        entity.publishedBy = caller.subject();
        plans.persist(entity);
        audit.record("MILESTONE_PLAN_PUBLISH", AuditTerms.MILESTONE_PLAN, entity.version, AuditResult.OK);
        return view(entity);
    }

    /** Cases created from now on get this plan; the milestones of existing cases stay as they were laid out. */
    @Transactional
    public Optional<MilestonePlanView> activate(int version) {
        locks.hold("milestone-plan-publishing");
        MilestonePlanEntity target = plans.findById(version);
        if (target == null) {
            return Optional.empty();
        }
        if (!target.active) {
            plans.deactivateAll(target);
            target.active = true;
        }
        audit.record("MILESTONE_PLAN_ACTIVATE", AuditTerms.MILESTONE_PLAN, version, AuditResult.OK);
        return Optional.of(view(target));
    }

    /** What Bean Validation cannot see: codes unique per case type, and a chain that only looks back. */
    static void check(MilestonePlan plan) {
        for (Map.Entry<CaseType, List<MilestoneTerm>> entry : plan.caseTypes().entrySet()) {
            Set<String> earlier = new HashSet<>();
            List<MilestoneTerm> terms = entry.getValue();
            for (int i = 0; i < terms.size(); i++) {
                MilestoneTerm term = terms.get(i);
                String field = "caseTypes." + entry.getKey() + "[" + i + "]";
                if (!earlier.add(term.code())) {
                    throw ProblemException.badRequest(field + ".code", "is used twice for " + entry.getKey());
                }
                boolean afterAMilestone = term.from() == MilestoneTerm.Anchor.MILESTONE;
                if (afterAMilestone && (term.after() == null || term.after().equals(term.code())
                        || !earlier.contains(term.after()))) {
                    throw ProblemException.badRequest(field + ".after", "must name an earlier milestone of "
                            + entry.getKey() + " when from is MILESTONE");
                }
                if (!afterAMilestone && term.after() != null) {
                    throw ProblemException.badRequest(field + ".after", "is only for from MILESTONE");
                }
                checkPeriod(field + ".term", term.term());
                if (term.warnBefore() != null) {
                    checkPeriod(field + ".warnBefore", term.warnBefore());
                }
                if (term.recordedBy() != null && term.recordedBy() != entry.getKey().organisation()
                        && term.from() == MilestoneTerm.Anchor.RESPOND_BY) {
                    throw ProblemException.badRequest(field + ".recordedBy",
                            "the response to an offer is the lead organisation's own");
                }
            }
        }
    }

    private static void checkPeriod(String field, Period period) {
        LocalDate start = LocalDate.of(2000, 1, 1);
        // Years and months first: P999999999Y added to a date passes the last year a LocalDate holds and throws.
        if (period.isNegative() || period.toTotalMonths() > LONGEST_TERM.toTotalMonths()
                || start.plus(period).isAfter(start.plus(LONGEST_TERM))) {
            throw ProblemException.badRequest(field, "must be from P0D to P2Y");
        }
    }

    private static MilestonePlanView view(MilestonePlanEntity e) {
        return new MilestonePlanView(e.version, e.active, e.publishedAt, e.publishedBy, e.document);
    }
}
