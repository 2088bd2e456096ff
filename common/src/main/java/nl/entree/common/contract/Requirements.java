package nl.entree.common.contract;

import java.time.YearMonth;
import java.util.List;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;

/**
 * capacity-service's answer to {@code POST /api/requirements}: hours and FTE per organisation, per month and
 * per year. Lines whose organisation × caseType has no registered norm are not guessed: they are listed in
 * {@code withoutNorm} and left out of the hours.
 */
public record Requirements(List<Row> months, List<Row> years, List<WithoutNorm> withoutNorm) {

    /**
     * @param period       {@code YYYY-MM} for a month row, {@code YYYY} for a year row
     * @param fteNeeded    expected hours divided by the productive hours of one FTE in the period
     * @param fteAvailable from staffing: the request's region, or without one every row of the organisation summed;
     *                     null when no staffing is registered there
     * @param gap          fteNeeded − fteAvailable (positive: short of staff); null without staffing
     * @param euros        the expected hours at the organisation's registered cost per FTE (per productive hour);
     *                     null when no cost is registered for some month of the period
     * @param eurosPerCase euros / cases; null with euros, or without cases
     * @param costAssumption true when a cost behind the euros is an estimate rather than a sourced figure
     */
    public record Row(
            String period,
            Organisation organisation,
            double cases,
            double hoursLow,
            double hoursExpected,
            double hoursHigh,
            double fteNeeded,
            Double fteAvailable,
            Double gap,
            Double euros,
            Double eurosPerCase,
            Boolean costAssumption) {
    }

    public record WithoutNorm(Organisation organisation, CaseType caseType, YearMonth firstMonth, YearMonth lastMonth,
            double cases) {
    }
}
