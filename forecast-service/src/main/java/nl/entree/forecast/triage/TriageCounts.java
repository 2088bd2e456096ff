package nl.entree.forecast.triage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.entree.common.contract.MonthlyCaseCounts;
import nl.entree.common.contract.RegionalCaseCounts;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.forecast.series.Granularity;
import nl.entree.forecast.series.Period;
import nl.entree.forecast.series.SeriesApi.NewSeries;
import nl.entree.forecast.series.SeriesService;

/**
 * Writes triage's monthly counts into one series per organisation × caseType, and its counts per region into one
 * series per safety region (every organisation together) and one per region × caseType (a cell). A ministry sees
 * none of the cells: triage does not publish region × organisation to ministries either.
 */
@ApplicationScoped
public class TriageCounts {

    public static final String PREFIX = "triage-";
    public static final String REGION_PREFIX = PREFIX + "region-";
    public static final String CELL_PREFIX = PREFIX + "cell-";
    private static final String AUDITED_AS = "triage-pull";

    private final SeriesService series;
    private final CasesWithoutLead withoutLead;

    public TriageCounts(SeriesService series, CasesWithoutLead withoutLead) {
        this.series = series;
        this.withoutLead = withoutLead;
    }

    public static String seriesId(Organisation organisation, CaseType caseType) {
        return PREFIX + organisation.name() + "-" + caseType.name();
    }

    public static String seriesId(Region region) {
        return REGION_PREFIX + region.name();
    }

    public static String seriesId(Region region, CaseType caseType) {
        return CELL_PREFIX + region.name() + "-" + caseType.name();
    }

    /**
     * Entree's start: the first month any of triage's series counted, from {@code firstCounts} (series id → its
     * first count's day); null before any. A pull reaches back 24 months, and its months before this one are not
     * zeros but unknown.
     */
    public static YearMonth start(Map<String, LocalDate> firstCounts) {
        return firstCounts.entrySet().stream().filter(e -> e.getKey().startsWith(PREFIX) && e.getValue() != null)
                .map(e -> YearMonth.from(e.getValue())).min(Comparator.naturalOrder()).orElse(null);
    }

    /** An organisation × caseType series, national. */
    public static boolean isOrganisationSeries(String id) {
        return id.startsWith(PREFIX) && !isRegionSeries(id) && !isCellSeries(id);
    }

    /** A region's series, every organisation together. */
    public static boolean isRegionSeries(String id) {
        return id.startsWith(REGION_PREFIX);
    }

    /** A region × caseType series. */
    public static boolean isCellSeries(String id) {
        return id.startsWith(CELL_PREFIX);
    }

    /** One series a store writes: its definition, used when it does not exist yet, and its counts. */
    private record Write(NewSeries definition, Map<Period, Long> points) {
    }

    /**
     * Stores one pull of triage: the national counts and the counts per region, in one transaction. The national
     * answer marks its months pulled ({@link CasesWithoutLead#monthsPulled}), and a month pulled without a region's
     * count reads as 0 for that region. Stored in two transactions, a failure between them (the database, a pod
     * stopped) left every region at 0 for the new months until the next pull: a false zero across regions. So both
     * parts, with the months they mark, are written together or not at all. Both answers are fetched before this
     * is called: no other service is called inside a transaction. Without both answers nothing is stored. Returns
     * the number of counts written.
     */
    @Transactional
    public int store(MonthlyCaseCounts national, RegionalCaseCounts regions) {
        if (national == null || national.cells() == null || regions == null || regions.cells() == null) {
            return 0;
        }
        storeWithoutLead(national);
        Map<String, LocalDate> firstCounts = series.firstCounts();
        Map<String, Write> writes = national(national, firstCounts);
        writes.putAll(regional(regions, firstCounts));
        return write(writes);
    }

    /**
     * The national part alone, for a caller that has no regional answer (tests that seed the counts): it marks its
     * months pulled, so a pull stores through {@link #store(MonthlyCaseCounts, RegionalCaseCounts)} instead. Returns
     * the number of counts written. Suppressed cells carry no count and are skipped, not zeroed; a series the answer
     * leaves out of a month had no cases then ({@link #withZeros}). The cases without a lead are no series: they are
     * kept per month as the last part of the month's line ({@link CasesWithoutLead}).
     */
    @Transactional
    public int store(MonthlyCaseCounts counts) {
        if (counts == null || counts.cells() == null) {
            return 0;
        }
        storeWithoutLead(counts);
        return write(national(counts, series.firstCounts()));
    }

    /**
     * The regional part alone (tests that seed the counts): per region and month the sum over organisations, and
     * per region × caseType the sum over acute and non-acute. Returns the number of counts written.
     */
    @Transactional
    public int storeRegions(RegionalCaseCounts counts) {
        if (counts == null || counts.cells() == null) {
            return 0;
        }
        return write(regional(counts, series.firstCounts()));
    }

    /** The organisation × caseType series of a national answer. */
    private static Map<String, Write> national(MonthlyCaseCounts counts, Map<String, LocalDate> firstCounts) {
        Map<String, Map<Period, Long>> bySeries = new LinkedHashMap<>();
        Map<String, MonthlyCaseCounts.Cell> firstCell = new LinkedHashMap<>();
        for (MonthlyCaseCounts.Cell cell : counts.cells()) {
            if (cell == null || cell.count() == null || cell.month() == null || cell.organisation() == null
                    || cell.caseType() == null || cell.count() < 0) {
                continue;
            }
            String id = seriesId(cell.organisation(), cell.caseType());
            bySeries.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(Period.of(cell.month()), cell.count());
            firstCell.putIfAbsent(id, cell);
        }
        Set<String> withheld = new HashSet<>();
        for (MonthlyCaseCounts.Cell c : counts.cells()) {
            if (c != null && c.suppressed() && c.month() != null && c.organisation() != null
                    && c.caseType() != null) {
                withheld.add(seriesId(c.organisation(), c.caseType()) + "@" + c.month());
            }
        }
        withZeros(bySeries, counts.from(), counts.to(), withheld, firstCounts);
        Map<String, Write> writes = new LinkedHashMap<>();
        for (Map.Entry<String, Map<Period, Long>> e : bySeries.entrySet()) {
            MonthlyCaseCounts.Cell cell = firstCell.get(e.getKey());
            writes.put(e.getKey(), new Write(new NewSeries(e.getKey(), cell.organisation(), cell.caseType(), null,
                    Granularity.MONTH, "cases",
                    "Cases per month with lead organisation " + cell.organisation() + " and caseType "
                            + cell.caseType() + ", by the month the contact was received",
                    "triage-service GET /api/cases/stats/monthly", false, null), e.getValue()));
        }
        return writes;
    }

    private void storeWithoutLead(MonthlyCaseCounts counts) {
        if (counts.from() == null || counts.to() == null) {
            return;
        }
        Map<YearMonth, Long> byMonth = new HashMap<>();
        for (MonthlyCaseCounts.Cell c : counts.cells()) {
            if (c != null && c.month() != null && c.organisation() == null && c.caseType() == null
                    && c.count() != null && c.count() >= 0) {
                byMonth.merge(c.month(), c.count(), Long::sum);
            }
        }
        for (YearMonth m = counts.from(); !m.isAfter(counts.to()); m = m.plusMonths(1)) {
            withoutLead.put(m.atDay(1), byMonth.getOrDefault(m, 0L));
        }
    }

    /**
     * The series of a regional answer: one per region, every organisation together, and one per region × caseType.
     * Cases that named no region have no series; they are the national total less the regions. A region or cell the
     * answer leaves out of a month had no cases then ({@link #withZeros}).
     */
    private static Map<String, Write> regional(RegionalCaseCounts counts, Map<String, LocalDate> firstCounts) {
        Map<String, Map<Period, Long>> byRegion = new LinkedHashMap<>();
        Map<String, Region> regionOf = new LinkedHashMap<>();
        Map<String, Map<Period, Long>> byCell = new LinkedHashMap<>();
        Map<String, RegionalCaseCounts.Cell> firstCell = new LinkedHashMap<>();
        for (RegionalCaseCounts.Cell cell : counts.cells()) {
            if (cell == null || cell.count() == null || cell.month() == null || cell.region() == null
                    || cell.count() < 0) {
                continue;
            }
            String regionId = seriesId(cell.region());
            byRegion.computeIfAbsent(regionId, k -> new LinkedHashMap<>())
                    .merge(Period.of(cell.month()), cell.count(), Long::sum);
            regionOf.putIfAbsent(regionId, cell.region());
            if (cell.caseType() != null) {
                String id = seriesId(cell.region(), cell.caseType());
                byCell.computeIfAbsent(id, k -> new LinkedHashMap<>())
                        .merge(Period.of(cell.month()), cell.count(), Long::sum);
                firstCell.putIfAbsent(id, cell);
            }
        }
        Set<String> withheld = new HashSet<>();
        for (RegionalCaseCounts.Cell c : counts.cells()) {
            if (c != null && c.suppressed() && c.month() != null && c.region() != null) {
                withheld.add(seriesId(c.region()) + "@" + c.month());
                if (c.caseType() != null) {
                    withheld.add(seriesId(c.region(), c.caseType()) + "@" + c.month());
                }
            }
        }
        withZeros(byRegion, counts.from(), counts.to(), withheld, firstCounts);
        withZeros(byCell, counts.from(), counts.to(), withheld, firstCounts);
        Map<String, Write> writes = new LinkedHashMap<>();
        for (Map.Entry<String, Map<Period, Long>> e : byRegion.entrySet()) {
            Region region = regionOf.get(e.getKey());
            writes.put(e.getKey(), new Write(new NewSeries(e.getKey(), null, null, region, Granularity.MONTH, "cases",
                    "Cases per month in safety region " + region + ", every lead organisation together, by the "
                            + "month the contact was received",
                    "triage-service GET /api/cases/stats/regions", false, null), e.getValue()));
        }
        for (Map.Entry<String, Map<Period, Long>> e : byCell.entrySet()) {
            RegionalCaseCounts.Cell cell = firstCell.get(e.getKey());
            writes.put(e.getKey(), new Write(new NewSeries(e.getKey(), cell.caseType().organisation(),
                    cell.caseType(), cell.region(), Granularity.MONTH, "cases", "Cases per month in safety region "
                            + cell.region() + " with lead organisation " + cell.caseType().organisation()
                            + " and caseType " + cell.caseType() + ", by the month the contact was received",
                    "triage-service GET /api/cases/stats/regions", false, null), e.getValue()));
        }
        return writes;
    }

    /**
     * Takes every series first, in the one order every writer of several series uses, and only then writes and
     * audits: a store that took a series after the audit trail's head could deadlock with an import.
     */
    private int write(Map<String, Write> writes) {
        series.takeTurnsOn(writes.keySet());
        int written = 0;
        for (Write w : writes.values()) {
            series.ensure(w.definition(), AUDITED_AS);
            series.upsert(w.definition().id(), w.points(), AUDITED_AS);
            written += w.points().size();
        }
        return written;
    }

    /**
     * triage sends only the cells that had cases. Within the months it answered for ({@code from..to}), a series in
     * the answer that has no cell for a month had no cases then: that month becomes 0 instead of a gap, so that a
     * quiet month in a small region is not left out of its forecast (which would then see only the busy months).
     * Only from the series' first case on: before it, Entree may not have been in use yet. A month whose cell triage
     * withheld ({@code withheld}, "series@YYYY-MM") is not known to be empty and stays as it is. A series with no
     * case in the whole answer (by default two years) is left alone. triage is the source of these series: a gap
     * recorded by hand in a month it answered for becomes its count, 0 included. {@code firstCounts}: each stored
     * series' first month with a count.
     */
    private static void withZeros(Map<String, Map<Period, Long>> bySeries, YearMonth from, YearMonth to,
            Set<String> withheld, Map<String, LocalDate> firstCounts) {
        if (from == null || to == null || from.isAfter(to) || bySeries.isEmpty()) {
            return;
        }
        for (Map.Entry<String, Map<Period, Long>> e : bySeries.entrySet()) {
            YearMonth first = e.getValue().keySet().stream().map(p -> YearMonth.from(p.start()))
                    .min(Comparator.naturalOrder()).orElseThrow();
            LocalDate stored = firstCounts.get(e.getKey());
            if (stored != null && YearMonth.from(stored).isBefore(first)) {
                first = YearMonth.from(stored);
            }
            for (YearMonth m = first.isAfter(from) ? first : from; !m.isAfter(to); m = m.plusMonths(1)) {
                if (!withheld.contains(e.getKey() + "@" + m)) {
                    e.getValue().putIfAbsent(Period.of(m), 0L);
                }
            }
        }
    }
}
