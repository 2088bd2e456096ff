package nl.entree.web.backend;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

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
 * intake's contact ({@code POST /api/contacts}, {@code GET /api/contacts/{id}}, its {@code ContactView}); intake leaves
 * out null fields. The status (RECEIVED, ROUTED, ...) stays text: it is intake's vocabulary. {@code detailsUnreadable}:
 * the caller may see the details but no key opens them, so {@code contact} is absent without the person having left
 * none (a single read answers a 500 problem instead, {@link ServiceAnswer.Failure#DETAILS_UNREADABLE}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IntakeContact(UUID id, String reference, Organisation registeredBy, String status, Instant receivedAt,
        Channel channel, CallerRole callerRole, boolean anonymous, Set<IncidentType> incidentTypes, Setting setting,
        LocalDate incidentDate, TimeSinceIncident timeSinceIncident, boolean acute, VictimAgeGroup victimAgeGroup,
        Region region, Set<Need> needs, boolean immediateDanger, boolean consentToShare, String summary,
        ContactPrompt prompt, String promptLabel, String clientCode, Person contact, boolean detailsErased,
        boolean detailsUnreadable, Routing routing, Instant createdAt) {

    /** The lead triage chose, as the message bundles name organisations; null while unrouted or to be reviewed. */
    public String leadName() {
        return routing == null || routing.leadOrganisation() == null ? null : routing.leadOrganisation().name();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Person(String name, String phone, String email) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Routing(Organisation leadOrganisation, Set<Organisation> supportingOrganisations, CaseType caseType,
            Priority priority, Instant respondBy, UUID caseId, String caseStatus, Instant routedAt) {

        /** Whether the organisation (as the session names it) leads: its casemanagers may open the case. */
        public boolean ledBy(String organisation) {
            return leadOrganisation != null && leadOrganisation.name().equals(organisation);
        }
    }
}
