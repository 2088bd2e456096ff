package nl.entree.common.contract;

import java.util.UUID;

import nl.entree.common.vocabulary.TriageDecision;

/** triage-service's answer to {@code POST /api/cases}: the case it created, or had already created. */
public record CaseReceipt(UUID caseId, UUID contactId, CaseStatus status, TriageDecision decision) {
}
