package nl.entree.common.vocabulary;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a contact goes, why, and by when. {@code leadOrganisation} is null when the contact needs review. */
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
        List<String> rationale) {

    public boolean needsReview() {
        return leadOrganisation == null;
    }
}
