package nl.entree.web.backend;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;

/**
 * capacity's norm ({@code GET /api/norms}): hours per case with their source, or, with status NO_NORM, a case type
 * that has none and a note that says why. The status stays text: it is capacity's vocabulary.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Norm(Organisation organisation, CaseType caseType, String status, Double lowHours,
        Double expectedHours, Double highHours, String source, LocalDate validFrom, LocalDate validTo, String note) {

    public boolean registered() {
        return "REGISTERED".equals(status);
    }
}
