package nl.entree.common.contract;

import java.time.Instant;
import java.util.UUID;

import nl.entree.common.vocabulary.TriageDecision;

/**
 * triage-service's answer to {@code POST /api/cases}: the case it created, or had already created, and when it
 * created it (by triage's clock), which decides the month a ministry counts the contact in, in intake as in triage.
 */
public record CaseReceipt(UUID caseId, UUID contactId, CaseStatus status, TriageDecision decision,
        Instant createdAt) {
}
