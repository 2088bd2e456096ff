package nl.entree.capacity.triage;

import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import nl.entree.common.contract.CaseStatus;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;

/** Who is involved in triage-service's case ({@code GET /api/cases/{id}/parties}); anything triage adds is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TriageCase(UUID id, Organisation leadOrganisation, Set<Organisation> supportingOrganisations,
        CaseType caseType, CaseStatus status) {

    /** The organisations whose casemanagers book hours on the case: the lead, and those supporting it. */
    public boolean involves(Organisation organisation) {
        return organisation == leadOrganisation
                || supportingOrganisations != null && supportingOrganisations.contains(organisation);
    }
}
