package nl.entree.common.vocabulary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What intake records about a first contact and triage evaluates. It never holds contact details:
 * those stay in intake-service.
 *
 * <p>Its dates are checked by {@link nl.entree.common.time.PlausibleDates#requireAssessment} with the service's
 * clock and Dutch time, not by {@code @PastOrPresent}: that reads the server's own clock and time zone, so a contact
 * intake accepted (a clock a minute ahead, an incident "today" just after midnight in the Netherlands while the
 * server runs on UTC) was refused by triage and parked on its way there.
 */
@Schema(description = "The non-identifying assessment of a first contact")
public record Assessment(
        @NotNull Instant receivedAt,
        @NotNull Channel channel,
        @NotNull CallerRole callerRole,
        boolean anonymous,
        @NotEmpty(message = "at least one incident type is required") Set<@NotNull IncidentType> incidentTypes,
        Setting setting,
        LocalDate incidentDate,
        TimeSinceIncident timeSinceIncident,
        VictimAgeGroup victimAgeGroup,
        Region region,
        Set<@NotNull Need> needs,
        boolean immediateDanger,
        boolean consentToShare,
        @Size(max = 4000) String summary) {

    public Assessment {
        // Not Set.copyOf: it throws on a null element while the JSON is still being read, so the answer could not
        // name the field; kept, the null fails @NotNull with its field named.
        incidentTypes = incidentTypes == null ? Set.of()
                : Collections.unmodifiableSet(new LinkedHashSet<>(incidentTypes));
        needs = needs == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(needs));
        setting = setting == null ? Setting.UNKNOWN : setting;
        victimAgeGroup = victimAgeGroup == null ? VictimAgeGroup.UNKNOWN : victimAgeGroup;
    }

    /** The time since the incident, derived from {@code incidentDate} when it is known. */
    public TimeSinceIncident effectiveTimeSinceIncident() {
        return Acuteness.timeSinceIncident(incidentDate, receivedAt, timeSinceIncident);
    }

    public boolean acute() {
        return effectiveTimeSinceIncident() == TimeSinceIncident.WITHIN_7_DAYS;
    }

    public boolean victimUnder18() {
        return victimAgeGroup == VictimAgeGroup.UNDER_12 || victimAgeGroup == VictimAgeGroup.AGE_12_17;
    }
}
