package nl.entree.intake.contacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.common.vocabulary.CallerRole;
import nl.entree.common.vocabulary.Channel;
import nl.entree.common.vocabulary.ContactPrompt;
import nl.entree.common.vocabulary.IncidentType;
import nl.entree.common.vocabulary.Need;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.vocabulary.Setting;
import nl.entree.common.vocabulary.TimeSinceIncident;
import nl.entree.common.vocabulary.VictimAgeGroup;

/** {@code POST /api/contacts}: the assessment of ARCHITECTURE.md, optional contact details and a client code. */
@Schema(name = "ContactRequest", description = "A first contact to register")
public record ContactRequest(
        @Schema(description = "When the contact came in; defaults to now; from 2000-01-01 to now (5 minutes' clock skew"
                + " allowed)")
        Instant receivedAt,
        @NotNull Channel channel,
        @NotNull CallerRole callerRole,
        @Schema(description = "An anonymous contact carries no contact details") boolean anonymous,
        @NotEmpty(message = "at least one incident type is required") Set<@NotNull IncidentType> incidentTypes,
        Setting setting,
        @Schema(description = "Dutch calendar date; when given, it decides timeSinceIncident; not after receivedAt and"
                + " at most 100 years before it")
        LocalDate incidentDate,
        TimeSinceIncident timeSinceIncident,
        VictimAgeGroup victimAgeGroup,
        Region region,
        Set<@NotNull Need> needs,
        boolean immediateDanger,
        boolean consentToShare,
        @Size(max = 4000, message = "must be at most 4000 characters") String summary,
        @Valid ContactPerson contact,
        @Schema(description = "A pseudonym agreed with the client by one organisation, to link the same person's "
                + "contacts")
        @Size(max = 64, message = "must be at most 64 characters")
        @Pattern(regexp = "[A-Za-z0-9._-]+", message = "may contain only letters, digits, '.', '_' and '-'")
        String clientCode,
        @Schema(description = "The organisation that agreed the client code with the client, when the client brings "
                + "it from there; defaults to the registering organisation. Two organisations' codes never match "
                + "each other by chance: the same person is linked only under the same code of the same organisation")
        Organisation clientCodeIssuer,
        @Schema(description = "What made the person get in touch now, as they say it; leave out when not asked")
        ContactPrompt prompt,
        @Schema(description = "A short name for the prompt, such as the broadcast or campaign; only with MEDIA, "
                + "CAMPAIGN, NEW_LAW or OTHER; erased with the summary")
        @Size(max = 80, message = "must be at most 80 characters")
        @Pattern(regexp = "[\\p{L}\\p{N} .,:;'’&()/#+-]*",
                message = "may contain only letters, digits, spaces and . , : ; ' & ( ) / # + -")
        String promptLabel) {

    /** How to reach the person; only for contacts that are not anonymous. */
    @Schema(name = "ContactPerson")
    public record ContactPerson(
            @Size(max = 200, message = "must be at most 200 characters") String name,
            @Pattern(regexp = "\\+?[0-9 ()-]{6,20}", message = "must be a phone number of 6 to 20 digits") String phone,
            @jakarta.validation.constraints.Email(message = "must be an e-mail address")
            @Size(max = 254, message = "must be at most 254 characters") String email) {

        public boolean isEmpty() {
            return blank(name) && blank(phone) && blank(email);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }
}
