package nl.entree.web.backend;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import nl.entree.common.vocabulary.Organisation;

/**
 * capacity's cost per FTE ({@code GET /api/costs}, its history): euros per FTE per year with their source, and
 * whether that figure is an assumption. Not registered: the amount is null, and the cost is unknown, not zero.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FteCost(Organisation organisation, boolean registered, Double eurosPerFtePerYear, String source,
        Boolean assumption, LocalDate validFrom, LocalDate validTo) {

    public boolean assumed() {
        return Boolean.TRUE.equals(assumption);
    }

    /** A new version as capacity takes it ({@code PUT /api/costs/{org}}); no {@code validFrom}: from today. */
    public record Update(Double eurosPerFtePerYear, String source, Boolean assumption, String validFrom) {
    }
}
