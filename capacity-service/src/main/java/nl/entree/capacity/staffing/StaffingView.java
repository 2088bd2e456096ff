package nl.entree.capacity.staffing;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

/**
 * Staffing with the values in effect. The {@code ...Assumed} flags say which value is the configured default
 * rather than one the organisation registered. Each registration is a version, in force from {@code updatedAt}.
 */
@Schema(name = "Staffing")
public record StaffingView(
        Organisation organisation,
        Region region,
        double fte,
        double contractHoursPerFtePerWeek,
        boolean contractHoursAssumed,
        double productiveShare,
        boolean productiveShareAssumed,
        double productiveHoursPerWeek,
        Instant updatedAt,
        @Schema(description = "Null while this version is in force; otherwise when the next one replaced it")
        Instant validTo) {
}
