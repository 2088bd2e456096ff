package nl.entree.web.backend;

/**
 * triage's {@code POST /api/cases/{id}/reassign} body. The lead stays text as the form posted it: triage judges it,
 * and its refusal names the field.
 */
public record Reassignment(String leadOrganisation, String reason, boolean keepPreviousLeadAsSupporter) {
}
