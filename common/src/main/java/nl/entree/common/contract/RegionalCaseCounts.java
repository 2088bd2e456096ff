package nl.entree.common.contract;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

/**
 * triage-service {@code GET /api/cases/stats/regions?from=YYYY-MM&to=YYYY-MM} (coordinator, ministry, service):
 * cases per month × safety region × lead organisation × caseType × acute, by the month the contact was received;
 * the same cases as {@link MonthlyCaseCounts}, so a month's cells add up to its national total. {@code region}
 * null: the contact named no region; {@code organisation} and {@code caseType} null beside an {@code acute} that is
 * not: no rule gave the case a lead.
 *
 * <p>A ministry gets one cell per region ({@code organisation}, {@code caseType} and {@code acute} null),
 * suppressed as a line under the month's total. Region × organisation would be a second table over the same
 * national totals per organisation, and between two such tables a hidden cell can be worked out; with the
 * regions as one partition of the month and the organisations as another, every hidden set stays at least two
 * wide.
 */
public record RegionalCaseCounts(YearMonth from, YearMonth to, List<Cell> cells) {

    public record Cell(YearMonth month, Region region, Organisation organisation, CaseType caseType, Boolean acute,
            Long count, boolean suppressed) {

        /** Regions in code order, "no region" last: the order in which a month's small cells are hidden. */
        public static final Comparator<Cell> CANONICAL = Comparator.comparing(Cell::month)
                .thenComparing(Cell::region, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Cell::organisation, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Cell::caseType, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Cell::acute, Comparator.nullsFirst(Comparator.naturalOrder()));
    }
}
