package nl.entree.triage.milestones;

import java.time.Period;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.common.vocabulary.Organisation;

/**
 * One milestone of a case type: what it is, from which event its term runs, who records it and on what the term
 * rests. A term from an event that has not happened yet (an acceptance, an earlier milestone) has no due moment yet.
 */
@Schema(description = "A milestone: its term runs from the report (receivedAt), the offer's respondBy, the acceptance, "
        + "or the day an earlier milestone was done")
public record MilestoneTerm(
        @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be 2 to 40 capitals, digits and _")
        String code,
        @NotBlank @Size(max = 120) String name,
        @NotNull Anchor from,
        @Schema(description = "The code of an earlier milestone of the same case type; only with from MILESTONE")
        String after,
        @NotNull @Schema(description = "ISO-8601 period, for example P5D or P10W", implementation = String.class)
        Period term,
        @Schema(description = "At risk this long before the due moment, one day when left out; never in the "
                + "first half of the time from the term's start to the due moment",
                implementation = String.class)
        Period warnBefore,
        @Schema(description = "The organisation that records it; the lead organisation when left out")
        Organisation recordedBy,
        @NotNull Basis basis,
        @NotBlank @Size(max = 500) @Schema(description = "Where the term comes from, or why it is assumed")
        String source) {

    static final Period DEFAULT_WARNING = Period.ofDays(1);

    public enum Anchor {
        REPORT, RESPOND_BY, ACCEPTANCE, MILESTONE
    }

    /**
     * STATUTORY: set by law; LETTER: a term the letter states without a law behind it; ASSUMPTION: a default for a
     * region to adjust.
     */
    public enum Basis {
        STATUTORY, LETTER, ASSUMPTION
    }

    Period warning() {
        return warnBefore != null ? warnBefore : DEFAULT_WARNING;
    }
}
