package nl.entree.web.backend;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;

/**
 * capacity's {@code GET /api/norms/empirical?org=}: the hours closed cases really took, per case type, next to the
 * registered norm. Below the minimum number of cases a row is {@code suppressed} and its figures are null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmpiricalNorms(Organisation organisation, LocalDate from, LocalDate to, List<Row> rows) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Row(CaseType caseType, Long closedCases, Long n, Long casesWithoutHours, Double meanHours,
            Double medianHours, Double p80Hours, Norm norm, Double meanMinusExpected, Double medianMinusExpected,
            Double p80MinusHigh, boolean suppressed) {
    }
}
