package nl.entree.capacity.utilisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.capacity.norms.NormStatus;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

/** Open work (from triage) in hours against the hours staff can give over the planning horizon. */
@Schema(name = "Utilisation")
public record Utilisation(
        Region region,
        Instant caseloadsGeneratedAt,
        LocalDate normsOn,
        int planningWeeks,
        List<OrganisationUtilisation> organisations) {

    /**
     * @param openCases               offered and accepted cases with this organisation as lead
     * @param hoursRegisteredOnOpenCases hours already registered on those cases
     * @param committedHoursExpected  Σ over open cases with a norm of max(0, expected norm − hours registered on
     *                                it); null when there are open cases and none has a norm
     * @param openCasesOverNorm       open cases with more hours registered than the expected norm
     * @param availableHours          Σ fte × contract hours per week × planning weeks × productive share; null
     *                                without staffing
     * @param utilisationPercent      committed (expected) / available × 100; null without staffing, or when the
     *                                committed hours are null
     * @param openCasesWithoutNorm    open cases whose case type has no norm: not in the committed hours
     * @param caseTypesWithoutNorm    those case types, by name
     * @param openCasesWithoutCaseType open cases triage reports without a case type
     * @param supportHoursLastWeeks   hours registered in the last planning weeks on cases this organisation supports
     *                                and another leads (their case types are another's); no norm covers them, so
     *                                they are not in the committed hours. Null for a region: hours carry no region
     */
    public record OrganisationUtilisation(
            Organisation organisation,
            long openCases,
            List<CaseTypeLoad> caseTypes,
            double hoursRegisteredOnOpenCases,
            Double committedHoursLow,
            Double committedHoursExpected,
            Double committedHoursHigh,
            long openCasesOverNorm,
            long openCasesWithoutNorm,
            List<CaseType> caseTypesWithoutNorm,
            long openCasesWithoutCaseType,
            Double supportHoursLastWeeks,
            boolean staffingRegistered,
            Double fte,
            Double availableHours,
            Double utilisationPercent,
            SafetyAssessmentBacklog safetyAssessment,
            List<String> notes) {
    }

    /** The norm hours that remain on the open cases of one type; null where the case type has no norm. */
    public record CaseTypeLoad(
            CaseType caseType,
            long openCases,
            NormStatus normStatus,
            Double expectedHoursPerCase,
            double hoursRegistered,
            Long openCasesOverNorm,
            Double committedHoursLow,
            Double committedHoursExpected,
            Double committedHoursHigh) {
    }

    /**
     * Veilig Thuis only: its safety assessments, the milestone triage keeps for each VT case. By Little's law the
     * time to clear a queue is its length over the throughput: daysToClear = backlog / (doneLast7Days / 7).
     *
     * @param backlog         safety assessments not yet done, on cases not closed
     * @param daysToClear     null when none was done in the last 7 days: at zero throughput it never clears
     * @param withinDeadline  daysToClear ≤ deadlineDays; false when it never clears and there is a backlog
     * @param overdue         safety assessments not done within their term (5 days after the report)
     */
    public record SafetyAssessmentBacklog(
            long backlog,
            long doneLast7Days,
            double throughputPerDay,
            Double daysToClear,
            int deadlineDays,
            boolean withinDeadline,
            long overdue) {
    }
}
