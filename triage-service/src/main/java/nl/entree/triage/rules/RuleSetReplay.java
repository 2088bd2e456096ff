package nl.entree.triage.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;
import nl.entree.common.time.DutchTime;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.vocabulary.TriageDecision;
import nl.entree.common.web.QueryParams;
import nl.entree.triage.audit.AuditTerms;
import nl.entree.triage.cases.CaseRepository;
import nl.entree.triage.milestones.MilestonePlan;
import nl.entree.triage.milestones.MilestonePlans;
import nl.entree.triage.milestones.MilestoneTerm;

/**
 * Re-decides stored cases under a candidate version, in memory only, compares the whole decision field by field with
 * the one triage made, and keeps the report: activating the version requires one.
 */
@ApplicationScoped
class RuleSetReplay {

    private static final int BATCH = 500;
    private static final int EXAMPLES = 3;

    private final CaseRepository cases;
    private final RuleSetService ruleSets;
    private final MilestonePlans milestonePlans;
    private final ReplayRecordRepository records;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;

    public RuleSetReplay(CaseRepository cases, RuleSetService ruleSets, MilestonePlans milestonePlans,
            ReplayRecordRepository records, AuditTrail audit, Caller caller, Clock clock) {
        this.cases = cases;
        this.ruleSets = ruleSets;
        this.milestonePlans = milestonePlans;
        this.records = records;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /** One field of a decision, as the report names and shows it. */
    private record Field(String name, Function<TriageDecision, Object> value) {
    }

    @Transactional
    public ReplayReport replay(int version, String fromText, String toText) {
        LocalDate from = QueryParams.optionalDate("from", fromText);
        LocalDate to = QueryParams.optionalDate("to", toText);
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        CompiledRuleSet candidate = ruleSets.compiled(version)
                .orElseThrow(() -> ProblemException.notFound("Rule set " + version));
        MilestonePlan plan = milestonePlans.active().plan();
        List<Field> fields = List.of(
                new Field("leadOrganisation", TriageDecision::leadOrganisation),
                new Field("caseType", TriageDecision::caseType),
                new Field("priority", TriageDecision::priority),
                new Field("respondBy", TriageDecision::respondBy),
                new Field("supportingOrganisations", d -> new TreeSet<>(d.supportingOrganisations())),
                new Field("milestones", d -> milestones(plan, d)));
        Region region = caller.regionWithin(null);
        Map<List<Organisation>, Long> leadChanges = new HashMap<>();
        Map<String, Long> changedPerField = new LinkedHashMap<>();
        Map<String, List<ReplayReport.Example>> examples = new HashMap<>();
        fields.forEach(f -> changedPerField.put(f.name(), 0L));
        Instant fromAt = from == null ? null : from.atStartOfDay(DutchTime.ZONE).toInstant();
        Instant toAt = to == null ? null : to.plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant();
        long evaluated = 0;
        long decisionsChanged = 0;
        for (int first = 0;; first += BATCH) {
            List<CaseRepository.Decided> rows = cases.decided(region, fromAt, toAt, first, BATCH);
            for (CaseRepository.Decided row : rows) {
                TriageDecision before = row.decision();
                TriageDecision after = candidate.evaluate(row.assessment());
                evaluated++;
                if (!Objects.equals(before.leadOrganisation(), after.leadOrganisation())) {
                    leadChanges.merge(java.util.Arrays.asList(before.leadOrganisation(), after.leadOrganisation()), 1L,
                            Long::sum);
                }
                boolean any = false;
                for (Field f : fields) {
                    Object was = f.value().apply(before);
                    Object would = f.value().apply(after);
                    if (!Objects.equals(was, would)) {
                        any = true;
                        changedPerField.merge(f.name(), 1L, Long::sum);
                        List<ReplayReport.Example> some = examples.computeIfAbsent(f.name(), k -> new ArrayList<>());
                        if (some.size() < EXAMPLES) {
                            some.add(new ReplayReport.Example(row.id(), row.reference(), shown(was), shown(would)));
                        }
                    }
                }
                if (any) {
                    decisionsChanged++;
                }
            }
            if (rows.size() < BATCH) {
                break;
            }
        }
        List<ReplayReport.LeadChange> list = new ArrayList<>();
        leadChanges.forEach((pair, count) -> list.add(new ReplayReport.LeadChange(pair.get(0), pair.get(1), count)));
        list.sort(Comparator.comparingLong(ReplayReport.LeadChange::count).reversed()
                .thenComparing(c -> String.valueOf(c.from())).thenComparing(c -> String.valueOf(c.to())));
        long changed = list.stream().mapToLong(ReplayReport.LeadChange::count).sum();
        List<ReplayReport.FieldChange> perField = fields.stream().map(f -> new ReplayReport.FieldChange(f.name(),
                changedPerField.get(f.name()), examples.getOrDefault(f.name(), List.of()))).toList();
        ReplayReport report = new ReplayReport(version, region, from, to, evaluated,
                cases.outside(region, fromAt, toAt), evaluated - changed, changed, decisionsChanged, list, perField);
        ReplayRecord record = new ReplayRecord();
        record.version = version;
        record.madeAt = Instant.now(clock);
        record.madeBy = caller.subject();
        record.report = report;
        records.persist(record);
        audit.record("RULE_SET_REPLAY", AuditTerms.RULE_SET, version, AuditResult.OK);
        return ruleSets.shownToCaller(report);
    }

    /**
     * Each milestone with when it falls due. A term from respondBy moves with the decision's deadline, so it changes
     * even when the case type stays; the other anchors are the same moment under both decisions of a case, so their
     * term stands for their due moment.
     */
    private static List<String> milestones(MilestonePlan plan, TriageDecision decision) {
        return plan.forCaseType(decision.caseType()).stream().map(t -> t.code() + " " + due(t, decision)).toList();
    }

    private static String due(MilestoneTerm term, TriageDecision decision) {
        return switch (term.from()) {
            case RESPOND_BY -> decision.respondBy() == null ? term.term() + " from RESPOND_BY"
                    : "due " + decision.respondBy().atZone(DutchTime.ZONE).plus(term.term()).toInstant();
            case MILESTONE -> term.term() + " from " + term.after();
            case REPORT, ACCEPTANCE -> term.term() + " from " + term.from();
        };
    }

    private static String shown(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.util.Collection<?> c ? String.join(", ", c.stream().map(String::valueOf).toList())
                : value.toString();
    }
}
