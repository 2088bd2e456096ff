package nl.entree.triage.audit;

/** triage's kinds of object in the shared audit trail ({@code nl.entree.common.audit}). */
public final class AuditTerms {

    public static final String CASE = "case";
    public static final String RULE_SET = "rule-set";
    public static final String MILESTONE_PLAN = "milestone-plan";
    /** Caseloads and open cases of a region: the object id is the region, or null for all of them. */
    public static final String CASELOAD = "caseload";
    public static final String CASE_STATISTICS = "case-statistics";

    private AuditTerms() {
    }
}
