package nl.entree.capacity.costs;

import java.time.LocalDate;

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
        LocalDate validTo) {

    static CostView of(FteCost cost) {
        return new CostView(cost.organisation, true, cost.eurosPerFtePerYear.doubleValue(), cost.source,
                cost.assumption, cost.validFrom, cost.validTo);
    }

    static CostView unknown(Organisation organisation) {
        return new CostView(organisation, false, null, null, null, null, null);
    }
}
