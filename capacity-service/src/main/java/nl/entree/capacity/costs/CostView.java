package nl.entree.capacity.costs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.common.vocabulary.Organisation;

/**
 * What an FTE of one organisation costs per year on a date. Without a registered cost, {@code eurosPerFtePerYear} is
 * null and {@code registered} false: the cost is unknown, and no figure is made from a guess.
 */
@Schema(name = "FteCost")
public record CostView(
        Organisation organisation,
        boolean registered,
        @Schema(description = "salary, employer's charges and overhead of one FTE for a year; null: unknown")
        Double eurosPerFtePerYear,
        String source,
        @Schema(description = "true: an estimate, not a sourced figure; every figure made with it says so")
        Boolean assumption,
        LocalDate validFrom,
        LocalDate validTo,
        @Schema(description = "what this version said before each correction, oldest first, and why it was corrected")
        List<Correction> corrections) {

    /** The amount and source a version had until {@code correctedAt}. */
    @Schema(name = "FteCostCorrection")
    public record Correction(Double eurosPerFtePerYear, String source, Boolean assumption, String reason,
            Instant correctedAt) {

        static Correction of(FteCostAmendment before) {
            return new Correction(before.eurosPerFtePerYear.doubleValue(), before.source, before.assumption,
                    before.reason, before.amendedAt);
        }
    }

    static CostView of(FteCost cost, List<Correction> corrections) {
        return new CostView(cost.organisation, true, cost.eurosPerFtePerYear.doubleValue(), cost.source,
                cost.assumption, cost.validFrom, cost.validTo, corrections);
    }

    static CostView unknown(Organisation organisation) {
        return new CostView(organisation, false, null, null, null, null, null, List.of());
    }
}
