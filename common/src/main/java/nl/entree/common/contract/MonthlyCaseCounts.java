package nl.entree.common.contract;

import java.time.YearMonth;
import java.util.List;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;

/**
 * triage-service {@code GET /api/cases/stats/monthly?from=YYYY-MM&to=YYYY-MM} (coordinator, ministry, service):
 * cases per month × lead organisation × caseType, by the month the contact was received. For ministries a
 * cell below 10 has {@code count} null and {@code suppressed} true.
 */
public record MonthlyCaseCounts(YearMonth from, YearMonth to, List<Cell> cells) {

    public record Cell(YearMonth month, Organisation organisation, CaseType caseType, Long count, boolean suppressed) {
    }
}
