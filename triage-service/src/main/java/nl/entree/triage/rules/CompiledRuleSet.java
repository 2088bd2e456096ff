package nl.entree.triage.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.entree.common.vocabulary.Assessment;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Priority;
import nl.entree.common.vocabulary.TimeSinceIncident;
import nl.entree.common.vocabulary.TriageDecision;

/** A rule-set document turned into arrays of bit tests once, so that evaluating is only loops and ANDs. */
public final class CompiledRuleSet {

    public static final String REVIEW_RULE_ID = "review";

    /** Why a rule applies, in English and in Dutch; each screen shows its user's language. */
    public record Rationale(String en, String nl) {
    }

    public record LeadRule(String id, Rationale text, Condition when, Organisation organisation, CaseType caseType,
            Priority priority, Term respondWithin, List<PriorityOverride> overrides) {
    }

    public record PriorityOverride(Condition when, Priority priority, Term respondWithin, Rationale text) {
    }

    public record SupportingRule(String id, Rationale text, Condition when, Organisation organisation) {
    }

    public record Review(Rationale text, Priority priority, Term respondWithin) {
    }

    public record Emergency(Rationale text, Term respondWithin) {
    }

    /** A priority and the moment a term that started at a given moment ends. */
    public record Promise(Priority priority, Instant respondBy) {
    }

    private final int version;
    private final LeadRule[] leads;
    private final SupportingRule[] supporting;
    private final Review review;
    private final Emergency emergency;
    private final Rationale unknownTimingText;

    public CompiledRuleSet(int version, List<LeadRule> leads, List<SupportingRule> supporting, Review review,
            Emergency emergency, Rationale unknownTimingText) {
        this.version = version;
        this.leads = leads.toArray(LeadRule[]::new);
        this.supporting = supporting.toArray(SupportingRule[]::new);
        this.review = review;
        this.emergency = emergency;
        this.unknownTimingText = unknownTimingText;
    }

    public int version() {
        return version;
    }

    public List<LeadRule> leads() {
        return List.of(leads);
    }

    public List<SupportingRule> supporting() {
        return List.of(supporting);
    }

    public TriageDecision evaluate(Assessment assessment) {
        TimeSinceIncident timing = assessment.effectiveTimeSinceIncident();
        long[] facts = Field.facts(assessment, timing);
        List<String> matched = new ArrayList<>(4);
        List<Rationale> rationale = new ArrayList<>(4);
        boolean emergencyCase = assessment.immediateDanger();
        if (emergencyCase) {
            rationale.add(emergency.text());
        }

        LeadRule lead = null;
        for (LeadRule rule : leads) {
            if (rule.when().test(facts)) {
                lead = rule;
                break;
            }
        }
        Organisation leadOrganisation = null;
        CaseType caseType = null;
        Priority priority;
        Term respondWithin;
        if (lead != null) {
            matched.add(lead.id());
            rationale.add(lead.text());
            leadOrganisation = lead.organisation();
            caseType = lead.caseType();
            priority = lead.priority();
            respondWithin = lead.respondWithin();
            PriorityOverride override = overrideFor(lead, facts);
            if (override != null) {
                priority = override.priority();
                respondWithin = override.respondWithin();
                rationale.add(override.text());
            }
        } else {
            matched.add(REVIEW_RULE_ID);
            rationale.add(review.text());
            priority = review.priority();
            respondWithin = review.respondWithin();
        }

        Set<Organisation> supportingOrganisations = EnumSet.noneOf(Organisation.class);
        for (SupportingRule rule : supporting) {
            if (rule.organisation() != leadOrganisation && rule.when().test(facts)) {
                matched.add(rule.id());
                if (supportingOrganisations.add(rule.organisation())) {
                    rationale.add(rule.text());
                }
            }
        }

        if (timing == TimeSinceIncident.UNKNOWN) {
            rationale.add(unknownTimingText);
        }
        Instant respondBy = respondWithin.from(assessment.receivedAt());
        if (emergencyCase) {
            priority = Priority.EMERGENCY;
            // Compared as moments: a day on the calendar and 24 hours are not always as long as each other.
            Instant emergencyBy = emergency.respondWithin().from(assessment.receivedAt());
            if (emergencyBy.isBefore(respondBy)) {
                respondBy = emergencyBy;
            }
        }
        return new TriageDecision(leadOrganisation, Collections.unmodifiableSet(supportingOrganisations), caseType, priority,
                timing == TimeSinceIncident.WITHIN_7_DAYS, emergencyCase, respondBy, version, List.copyOf(matched),
                rationale.stream().map(Rationale::en).toList(), rationale.stream().map(Rationale::nl).toList());
    }

    /**
     * What this version promises a case a coordinator gives {@code caseType}, its term running from {@code start}.
     * A rule set has no priority per case type, only lead rules, so the rules that lead to that type say it: the
     * first of them the assessment meets, with its override, is what the rules would have promised this person there
     * (a sextortion given to Helpwanted gets its 24 hours, not the 5 days of online advice). When it meets none of
     * them (acute harassment given to CSG's acute work, which version 1 routes there for sexual violence only), the
     * coordinator has judged the case to be of that type all the same, and the type's first rule, as written, says
     * what such a case gets. Empty when no rule of this version leads to the type: it promised nothing for it.
     * Immediate danger is not applied here: such a case keeps its emergency priority and its deadline of minutes.
     */
    public Optional<Promise> promiseFor(CaseType caseType, Assessment assessment, Instant start) {
        long[] facts = Field.facts(assessment);
        LeadRule firstOfType = null;
        for (LeadRule rule : leads) {
            if (rule.caseType() != caseType) {
                continue;
            }
            if (rule.when().test(facts)) {
                PriorityOverride override = overrideFor(rule, facts);
                return Optional.of(override == null
                        ? new Promise(rule.priority(), rule.respondWithin().from(start))
                        : new Promise(override.priority(), override.respondWithin().from(start)));
            }
            if (firstOfType == null) {
                firstOfType = rule;
            }
        }
        return Optional.ofNullable(firstOfType)
                .map(rule -> new Promise(rule.priority(), rule.respondWithin().from(start)));
    }

    private static PriorityOverride overrideFor(LeadRule rule, long[] facts) {
        for (PriorityOverride override : rule.overrides()) {
            if (override.when().test(facts)) {
                return override;
            }
        }
        return null;
    }
}
