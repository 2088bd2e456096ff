package nl.entree.common.vocabulary;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a contact goes, why, and by when. {@code leadOrganisation} is null when the contact needs review. The why is
 * given twice, in the same order: {@code rationale} in English and {@code rationaleNl} in Dutch, both from the rule set.
 * A decision made before rule sets had Dutch texts has an empty {@code rationaleNl}.
 */
@Schema(description = "The triage decision for one assessment")
public record TriageDecision(
        Organisation leadOrganisation,
        Set<Organisation> supportingOrganisations,
        CaseType caseType,
        Priority priority,
        boolean acute,
        boolean emergency,
        Instant respondBy,
        int ruleSetVersion,
        List<String> matchedRules,
        List<String> rationale,
        List<String> rationaleNl) {

    public TriageDecision {
        rationaleNl = rationaleNl == null ? List.of() : rationaleNl;
    }

    public boolean needsReview() {
        return leadOrganisation == null;
    }
}
