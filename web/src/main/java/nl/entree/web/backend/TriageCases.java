package nl.entree.web.backend;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import nl.entree.common.contract.CaseStatus;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Priority;
import nl.entree.common.vocabulary.Region;

/** triage's {@code GET /api/cases} (its {@code CasePage}): one page of cases, each without its assessment. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TriageCases(List<Summary> items, int page, int size, long total) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Summary(UUID id, UUID contactId, String reference, Region region, CaseStatus status,
            Organisation leadOrganisation, Set<Organisation> supportingOrganisations, CaseType caseType,
            Priority priority, boolean emergency, Instant receivedAt, Instant respondBy, boolean overdue,
            boolean atRisk, Instant nextDueAt, Instant escalatedAt, Review review) {
    }

    /** Why a case in NEEDS_REVIEW is there: declined with a reason, or, without {@code declinedBy}, no rule's lead. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Review(Organisation declinedBy, String reason, Instant since) {
    }
}
