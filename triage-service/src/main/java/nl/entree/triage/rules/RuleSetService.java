package nl.entree.triage.rules;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.db.TransactionLock;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;
import nl.entree.common.time.PlausibleDates;
import nl.entree.common.vocabulary.Assessment;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.vocabulary.TriageDecision;
import nl.entree.triage.audit.AuditTerms;
import nl.entree.triage.cases.CaseAccess;

/**
 * Publishes, activates and serves rule sets. A published version never changes, so each is compiled once
 * and kept; which version is active is read from the database on every decision, so that every instance
 * switches as soon as the activation commits.
 */
@ApplicationScoped
public class RuleSetService {

    private final RuleSetRepository ruleSets;
    private final ReplayRecordRepository replays;
    private final Caller caller;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionLock locks;
    private final CaseAccess caseAccess;
    private final Map<Integer, CompiledRuleSet> compiled = new ConcurrentHashMap<>();

    public RuleSetService(RuleSetRepository ruleSets, ReplayRecordRepository replays, Caller caller, AuditTrail audit,
            Clock clock, TransactionLock locks, CaseAccess caseAccess) {
        this.ruleSets = ruleSets;
        this.replays = replays;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
        this.locks = locks;
        this.caseAccess = caseAccess;
    }

    @Transactional
    public TriageDecision evaluate(Assessment assessment) {
        PlausibleDates.requireAssessment("", assessment, clock);
        return active().evaluate(assessment);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CompiledRuleSet active() {
        int version = ruleSets.activeVersion()
                .orElseThrow(() -> ProblemException.unavailable("No rule set is active."));
        return compiled(version).orElseThrow();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CompiledRuleSet> compiled(int version) {
        CompiledRuleSet cached = compiled.get(version);
        if (cached != null) {
            return Optional.of(cached);
        }
        RuleSetEntity entity = ruleSets.findById(version);
        if (entity == null) {
            return Optional.empty();
        }
        return Optional.of(compiled.computeIfAbsent(version, v -> RuleSetCompiler.compile(entity.document, v)));
    }

    @Transactional
    public List<RuleSetView> list() {
        return ruleSets.allByVersion().stream()
                .map(RuleSetService::view).toList();
    }

    @Transactional
    public Optional<RuleSetView> activeView() {
        return ruleSets.active().map(RuleSetService::view);
    }

    @Transactional
    public Optional<RuleSetView> find(int version) {
        return ruleSets.findByIdOptional(version).map(RuleSetService::view);
    }

    /** Checks the whole document first: nothing is stored unless all of it is valid. */
    @Transactional
    public RuleSetView publish(JsonNode document) {
        locks.hold("rule-set-publishing");
        int version = ruleSets.nextVersion();
        RuleSetCompiler.compile(document, version);
        // Here, not in the compiler: stored rule sets are compiled again after every start, and one published before
        // this limit must still route.
        JsonNode description = document.get("description");
        if (description != null && description.isTextual()
                && description.textValue().length() > RuleSetDocument.MAX_TEXT) {
            throw ProblemException.badRequest("description", "must be at most " + RuleSetDocument.MAX_TEXT
                    + " characters");
        }
        RuleSetEntity entity = new RuleSetEntity();
        entity.version = version;
        entity.document = document;
        entity.active = false;
        entity.publishedAt = Instant.now(clock);
        entity.publishedBy = caller.subject();
        // Not into the cache: if the commit fails, the next publication takes this version number, and this
        // instance would route by a copy that was never stored. The first use compiles what was.
        ruleSets.persist(entity);
        audit.record("RULE_SET_PUBLISH", AuditTerms.RULE_SET, version, AuditResult.OK);
        return view(entity);
    }

    @Transactional
    public Optional<RuleSetView> activate(int version) {
        locks.hold("rule-set-publishing");
        RuleSetEntity target = ruleSets.findById(version);
        if (target == null) {
            return Optional.empty();
        }
        if (target.active) {
            audit.record("RULE_SET_ACTIVATE", AuditTerms.RULE_SET, version, AuditResult.OK);
            return Optional.of(view(target));
        }
        ReplayRecord basis = replays.newestFirst(version).stream().filter(r -> r.report.seesEveryPastCase())
                .findFirst().orElse(null);
        if (basis == null) {
            ProblemException refusal = ProblemException.conflict("Rule set " + version + " would decide the cases of "
                    + "every region, so activating it needs a replay over every region that leaves out no past case: "
                    + "POST /api/rule-sets/" + version + "/replay as an admin or a national coordinator, without "
                    + "from and to. A replay of one region, or one whose from/to left out past cases, does not count.");
            audit.recordRefusal("RULE_SET_ACTIVATE", AuditTerms.RULE_SET, version, refusal);
            throw refusal;
        }
        ruleSets.deactivateAll(target);
        target.active = true;
        audit.record("RULE_SET_ACTIVATE", AuditTerms.RULE_SET, version, AuditResult.OK);
        return Optional.of(view(target, new RuleSetView.Basis(basis.madeAt, basis.madeBy, basis.report.evaluated())));
    }

    /**
     * The replay reports made on a version, newest first: what its activation rests on. A caller bound to a region gets
     * the reports made for that region only: a national or another region's report counts that region's cases and
     * their changes, figures the caller is not shown anywhere else.
     */
    @Transactional
    public Optional<List<ReplayRecordView>> replays(int version) {
        if (ruleSets.findByIdOptional(version).isEmpty()) {
            return Optional.empty();
        }
        Optional<Region> own = caller.region();
        audit.record("RULE_SET_REPLAYS_READ", AuditTerms.RULE_SET, version, AuditResult.OK);
        return Optional.of(replays.newestFirst(version).stream()
                .filter(r -> own.isEmpty() || own.get() == r.report.region())
                .map(r -> new ReplayRecordView(r.madeAt, r.madeBy, shownToCaller(r.report))).toList());
    }

    /**
     * The report with only the examples of cases the caller may read, each of them audited as a read of its case: a
     * report is kept whole, and a regional coordinator or an admin reads one that a national coordinator made. The
     * counts stay: they name no case, and no ministry reads a report.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    ReplayReport shownToCaller(ReplayReport report) {
        Set<UUID> named = new LinkedHashSet<>();
        report.fields().forEach(f -> f.examples().forEach(e -> named.add(e.caseId())));
        Set<UUID> readable = caseAccess.visibleAmong(named);
        audit.recordEach("CASE_READ_REPLAY", AuditTerms.CASE, named.stream().filter(readable::contains).toList(),
                AuditResult.OK);
        List<ReplayReport.FieldChange> fields = report.fields().stream()
                .map(f -> new ReplayReport.FieldChange(f.field(), f.changed(),
                        f.examples().stream().filter(e -> readable.contains(e.caseId())).toList()))
                .toList();
        return new ReplayReport(report.version(), report.region(), report.from(), report.to(), report.evaluated(),
                report.leftOut(), report.unchanged(), report.changed(), report.decisionsChanged(), report.changes(),
                fields);
    }

    public record ReplayRecordView(Instant madeAt, String madeBy, ReplayReport report) {
    }

    private static RuleSetView view(RuleSetEntity e) {
        return view(e, null);
    }

    private static RuleSetView view(RuleSetEntity e, RuleSetView.Basis activatedOn) {
        JsonNode description = e.document.get("description");
        return new RuleSetView(e.version, e.active, e.publishedAt, e.publishedBy,
                description == null ? null : description.asText(), e.document, activatedOn);
    }
}
