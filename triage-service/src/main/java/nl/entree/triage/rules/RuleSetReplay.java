package nl.entree.triage.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;
import nl.entree.common.vocabulary.Acuteness;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.web.QueryParams;
import nl.entree.triage.audit.AuditTerms;
import nl.entree.triage.cases.CaseRepository;

/** Re-decides stored cases under a candidate version, in memory only, and counts the leads that would move. */
@ApplicationScoped
class RuleSetReplay {

    private static final int BATCH = 500;

    private final CaseRepository cases;
    private final RuleSetService ruleSets;
    private final AuditTrail audit;
    private final Caller caller;

    public RuleSetReplay(CaseRepository cases, RuleSetService ruleSets, AuditTrail audit, Caller caller) {
        this.cases = cases;
        this.ruleSets = ruleSets;
        this.audit = audit;
        this.caller = caller;
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
        Region region = caller.regionWithin(null);
        Map<List<Organisation>, Long> changes = new HashMap<>();
        long evaluated = 0;
        long unchanged = 0;
        for (int first = 0;; first += BATCH) {
            List<CaseRepository.Decided> rows = cases.decided(region,
                    from == null ? null : from.atStartOfDay(Acuteness.ZONE).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(Acuteness.ZONE).toInstant(), first, BATCH);
            for (CaseRepository.Decided row : rows) {
                Organisation before = row.lead();
                Organisation after = candidate.evaluate(row.assessment()).leadOrganisation();
                evaluated++;
                if (Objects.equals(before, after)) {
                    unchanged++;
                } else {
                    changes.merge(java.util.Arrays.asList(before, after), 1L, Long::sum);
                }
            }
            if (rows.size() < BATCH) {
                break;
            }
        }
        List<ReplayReport.LeadChange> list = new ArrayList<>();
        changes.forEach((pair, count) -> list.add(new ReplayReport.LeadChange(pair.get(0), pair.get(1), count)));
        list.sort(Comparator.comparingLong(ReplayReport.LeadChange::count).reversed()
                .thenComparing(c -> String.valueOf(c.from())).thenComparing(c -> String.valueOf(c.to())));
        audit.record("RULE_SET_REPLAY", AuditTerms.RULE_SET, version, AuditResult.OK);
        return new ReplayReport(version, from, to, evaluated, unchanged, evaluated - unchanged, list);
    }
}
