package nl.entree.web.backend;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

/** capacity's {@code GET /api/utilisation}: per organisation, the hours its open cases commit against its staffing. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Utilisation(Region region, Instant caseloadsGeneratedAt, LocalDate normsOn, int planningWeeks,
        List<OrganisationUtilisation> organisations) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OrganisationUtilisation(Organisation organisation, long openCases, List<CaseTypeLoad> caseTypes,
            double hoursRegisteredOnOpenCases, Double committedHoursLow, Double committedHoursExpected,
            Double committedHoursHigh, long openCasesOverNorm, long openCasesWithoutNorm,
            List<CaseType> caseTypesWithoutNorm, long openCasesWithoutCaseType, Double supportHoursLastWeeks,
            boolean staffingRegistered, Double fte, Double availableHours, Double utilisationPercent,
            SafetyAssessmentBacklog safetyAssessment, List<String> notes) {
    }

    /** One case type's open cases and their hours; the norm status stays text, as in {@link Norm}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CaseTypeLoad(CaseType caseType, long openCases, String normStatus, Double expectedHoursPerCase,
            double hoursRegistered, Long openCasesOverNorm, Double committedHoursLow, Double committedHoursExpected,
            Double committedHoursHigh) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SafetyAssessmentBacklog(long backlog, long doneLast7Days, double throughputPerDay,
            Double daysToClear, int deadlineDays, boolean withinDeadline, long overdue) {
    }
}
