package nl.entree.common.contract;

import java.util.UUID;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;

/**
 * One element of triage-service {@code GET /api/cases/open?org=&region=} (service, coordinator): a case that is
 * offered or accepted and not yet closed. capacity-service subtracts the hours already registered on each from its
 * norm, to know the hours that remain.
 */
public record OpenCase(UUID caseId, Organisation leadOrganisation, CaseType caseType) {
}
