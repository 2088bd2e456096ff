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

/** A case in triage's list ({@code CaseViews.CaseSummary}), without its assessment. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseSummary(UUID id, UUID contactId, String reference, Region region, CaseStatus status,
        Organisation leadOrganisation, Set<Organisation> supportingOrganisations, CaseType caseType, Priority priority,
        boolean emergency, Instant receivedAt, Instant respondBy, boolean overdue, boolean atRisk, Instant nextDueAt,
        Instant escalatedAt, ReviewReason review) {

    /** Why a case in NEEDS_REVIEW is there; {@code declinedBy} null: the rules named no lead. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReviewReason(Organisation declinedBy, String reason, Instant since) {
    }

    /** triage's {@code GET /api/cases}: one page of the cases the caller may see, and how many there are in all. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(List<CaseSummary> items, int page, int size, long total) {
    }
}
