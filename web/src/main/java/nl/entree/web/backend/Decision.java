package nl.entree.web.backend;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Priority;

/**
 * triage's {@code POST /api/triage/evaluate} (common's {@code TriageDecision}): where a contact would go, why, and by
 * when. {@code leadOrganisation} is null when a coordinator must review it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Decision(Organisation leadOrganisation, Set<Organisation> supportingOrganisations, CaseType caseType,
        Priority priority, boolean acute, boolean emergency, Instant respondBy, int ruleSetVersion,
        List<String> matchedRules, List<String> rationale, List<String> rationaleNl) {
}
