package nl.entree.capacity.norms;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;

/**
 * The norm of one organisation × caseType on a date. With status {@code NO_NORM} the hours are null and
 * {@code note} says what the letter reports instead: a missing norm stays visible rather than being guessed.
 */
@Schema(name = "Norm")
public record NormView(
        Organisation organisation,
        CaseType caseType,
        NormStatus status,
        Double lowHours,
        Double expectedHours,
        Double highHours,
        String source,
        LocalDate validFrom,
        LocalDate validTo,
        String note,
        @Schema(description = "what this version said before each correction, oldest first, and why it was corrected")
        List<Correction> corrections) {

    /** The hours and source a version had until {@code correctedAt}. */
    @Schema(name = "NormCorrection")
    public record Correction(Double lowHours, Double expectedHours, Double highHours, String source, String reason,
            Instant correctedAt) {

        static Correction of(HourNormAmendment before) {
            return new Correction(before.lowHours, before.expectedHours, before.highHours, before.source,
                    before.reason, before.amendedAt);
        }
    }

    static NormView of(HourNorm norm, List<Correction> corrections) {
        return new NormView(norm.organisation, norm.caseType, NormStatus.REGISTERED, norm.lowHours,
                norm.expectedHours, norm.highHours, norm.source, norm.validFrom, norm.validTo, null, corrections);
    }

    static NormView none(CaseType caseType) {
        return new NormView(caseType.organisation(), caseType, NormStatus.NO_NORM, null, null, null, null, null,
                null, noteFor(caseType), List.of());
    }

    public boolean registered() {
        return status == NormStatus.REGISTERED;
    }

    private static String noteFor(CaseType caseType) {
        return switch (caseType.organisation()) {
            case VT -> "No norm registered. The advice letter reports no hour norm for Veilig Thuis, only the "
                    + "statutory safety assessment within 5 days.";
            case SHN, HELPWANTED, FIER -> "No norm registered. The advice letter reports that this organisation "
                    + "keeps no hour figures and asks that norms or caseloads be registered.";
            default -> "No norm registered for this case type on this date.";
        };
    }
}
