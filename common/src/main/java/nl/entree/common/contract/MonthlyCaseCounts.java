package nl.entree.common.contract;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;

/**
 * triage-service {@code GET /api/cases/stats/monthly?from=YYYY-MM&to=YYYY-MM} (coordinator, ministry, service):
 * cases per month × lead organisation × caseType, by the month the contact was received. The cases no rule gave a
 * lead, still waiting for a coordinator, are a cell with {@code organisation} and {@code caseType} null, last in its
 * month: with it a month's cells add up to the contacts intake publishes, and the difference is not a small count.
 * For ministries a cell below 10, and enough others of its month that the month's total does not give it away, have
 * {@code count} null and {@code suppressed} true.
 */
public record MonthlyCaseCounts(YearMonth from, YearMonth to, List<Cell> cells) {

    public record Cell(YearMonth month, Organisation organisation, CaseType caseType, Long count, boolean suppressed) {

        /**
         * The order in which a month's cells are suppressed, the same wherever the counts are published (triage,
         * and forecast's copy of them): with equal counts the first is hidden, and two services choosing
         * different ones would between them reveal both.
         */
        public static final Comparator<Cell> CANONICAL = Comparator.comparing(Cell::month)
                .thenComparing(Cell::organisation, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Cell::caseType, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
