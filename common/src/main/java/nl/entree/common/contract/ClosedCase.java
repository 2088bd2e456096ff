package nl.entree.common.contract;

import java.time.Instant;
import java.util.UUID;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;

/**
 * One element of triage-service {@code GET /api/cases/closed?from=YYYY-MM-DD&to=YYYY-MM-DD&org=&caseType=}
 * (service, coordinator): cases closed in the period. capacity-service joins them with registered hours to
 * measure empirical norms.
 */
public record ClosedCase(UUID caseId, Organisation leadOrganisation, CaseType caseType, Instant closedAt) {
}
