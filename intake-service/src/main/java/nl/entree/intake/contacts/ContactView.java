package nl.entree.intake.contacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.common.vocabulary.CallerRole;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Channel;
import nl.entree.common.vocabulary.ContactPrompt;
import nl.entree.common.vocabulary.IncidentType;
import nl.entree.common.vocabulary.Need;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Priority;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.vocabulary.Setting;
import nl.entree.common.vocabulary.TimeSinceIncident;
import nl.entree.common.vocabulary.VictimAgeGroup;

/**
 * A contact as one caller may see it. {@code summary}, {@code clientCode} and {@code contact} are left out
 * for callers who may not see them.
 */
@Schema(name = "Contact")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactView(
        UUID id,
        String reference,
        @Schema(description = "Null for a question from the public front door") Organisation registeredBy,
        ContactStatus status,
        Instant receivedAt,
        Channel channel,
        CallerRole callerRole,
        boolean anonymous,
        Set<IncidentType> incidentTypes,
        Setting setting,
        LocalDate incidentDate,
        @Schema(description = "Derived from incidentDate when given") TimeSinceIncident timeSinceIncident,
        @Schema(description = "The incident was a week or less before the contact (common's Acuteness)") boolean acute,
        VictimAgeGroup victimAgeGroup,
        Region region,
        Set<Need> needs,
        boolean immediateDanger,
        boolean consentToShare,
        String summary,
        @Schema(description = "What made the person get in touch now; absent when not asked") ContactPrompt prompt,
        @Schema(description = "Its short name; shown to those who may read the summary, and erased with it")
        String promptLabel,
        @Schema(description = "As typed, in the answer to its registration only: it is stored as a keyed hash that "
                + "still finds the contact by an exact search (POST /api/contacts/search), but cannot be shown")
        String clientCode,
        ContactRequest.ContactPerson contact,
        @Schema(description = "True when the retention job has erased the contact details and summary")
        boolean detailsErased,
        @Schema(description = "True when the caller may see the contact details but they cannot be decrypted (damaged, "
                + "or sealed with a key that is no longer configured): contact is then absent. Lists show the contact "
                + "so; GET /api/contacts/{id} answers 500 instead")
        boolean detailsUnreadable,
        Routing routing,
        Instant createdAt) {

    /** Where triage sent the contact; absent until it has decided. */
    @Schema(name = "Routing")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Routing(
            @Schema(description = "Null when the contact needs a coordinator's review") Organisation leadOrganisation,
            Set<Organisation> supportingOrganisations,
            CaseType caseType,
            Priority priority,
            Instant respondBy,
            UUID caseId,
            String caseStatus,
            @Schema(description = "When triage created the case, by triage's clock") Instant routedAt) {
    }
}
