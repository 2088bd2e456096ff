package nl.entree.forecast.series;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.entree.common.disclosure.Disclosure;
import nl.entree.common.disclosure.SmallCellSuppression;
import nl.entree.common.security.Caller;
import nl.entree.common.vocabulary.Region;
import nl.entree.forecast.series.FrozenCounts.Count;
import nl.entree.forecast.triage.CasesWithoutLead;
import nl.entree.forecast.triage.TriageCounts;

/**
 * What a ministry may see of the stored counts, over all series at once.
 * <ul>
 * <li>Primary: every count from 1 to 9 is hidden.</li>
 * <li>Secondary: the series pulled from triage ({@link TriageCounts#PREFIX}) split a month's cases between
 * organisation × caseType, and their total is public (intake publishes the contacts of each month). Each such
 * month is a line for {@link SmallCellSuppression#suppressLine}, in triage's order with the cases no rule gave a
 * lead ({@link CasesWithoutLead}) as its last part, so that triage and this service hide the same cells. The
 * series per region ({@link TriageCounts#REGION_PREFIX}) split the same total another way, and are suppressed as
 * a line of their own, in triage's order: every region, 0 where it has no count, and the cases that named no region
 * (the month's total less the regions) as its last part. The region × caseType cells
 * ({@link TriageCounts#CELL_PREFIX}) are hidden whole, as triage hides region × organisation from ministries.
 * Other series are not parts of a known total; they get the primary rule.</li>
 * </ul>
 * A ministry's forecasts, anomalies, projections and charts are computed from the history with these periods as
 * gaps ({@link #apply}), so that nothing it reads is derived from a hidden count. A period that ends after the last
 * completed month ({@link Disclosure#lastCompletedMonth}) is not published to a ministry at all: a month in progress,
 * read again a day later, would give away the few contacts of the days in between. A completed one is frozen at a
 * ministry's first read ({@link FrozenCounts}), and every figure above is made from the frozen counts: a corrected
 * import, read against what was shown before, would otherwise give the difference away, however large each count is.
 *
 * <p>It also decides which series a caller may not know of at all ({@link Hidden#withholds}): every service that
 * reads a series asks {@link #hiddenFromCaller()}, so the rule is kept here once.
 */
@ApplicationScoped
public class PublishedCounts {

    /**
     * The hidden periods of each series (a series not named hides nothing); {@code applies} is false for a
     * caller who sees every count, and then figures below 10 that are not counts are shown too. {@code region} is
     * the region the caller is bound to, null for a national caller. {@code lastShown} is the last month the
     * caller may be shown a count of, null for no limit. {@code frozen} holds the counts the caller reads per series,
     * by the day each period starts, as first shown to a ministry; null for a caller who reads the stored counts.
     * {@code frozenWithoutLead} holds triage's cases without a lead the same way, and {@code withoutLeadHidden} the
     * months where that last part of the line is hidden ({@link #withoutLead}).
     */
    public record Hidden(boolean applies, Map<String, Set<Period>> bySeries, Region region, YearMonth lastShown,
            Map<String, SortedMap<LocalDate, Long>> frozen, SortedMap<LocalDate, Long> frozenWithoutLead,
            Set<LocalDate> withoutLeadHidden) {

        public static final Hidden NOTHING = new Hidden(false, Map.of(), null, null, null, null, Set.of());

        /**
         * The month's cases without a lead as the caller reads them: {@code stored} (by the month's first day) for a
         * caller who reads the stored counts; for a ministry the frozen count, null when not frozen (not shown) yet.
         * Whether the ministry may use it on its own is {@link #hidesWithoutLead}.
         */
        public Long withoutLead(YearMonth month, Map<LocalDate, Long> stored) {
            return (frozenWithoutLead == null ? stored : frozenWithoutLead).get(month.atDay(1));
        }

        /**
         * The months triage was pulled for, as the caller reads them: {@code live} for a caller who reads the stored
         * counts; for a ministry the months whose line was frozen for it, so that a month is 0 where a series has no
         * count only if it was so when first shown, not because a pull committed between two transactions.
         */
        public SortedSet<YearMonth> pulled(SortedSet<YearMonth> live) {
            if (frozenWithoutLead == null) {
                return live;
            }
            SortedSet<YearMonth> months = new TreeSet<>();
            frozenWithoutLead.keySet().forEach(day -> months.add(YearMonth.from(day)));
            return months;
        }

        /** Entree's start ({@link TriageCounts#start}) from the counts the caller reads: {@code live}'s, or frozen. */
        public YearMonth start(Map<String, LocalDate> live) {
            if (frozen == null) {
                return TriageCounts.start(live);
            }
            Map<String, LocalDate> first = new HashMap<>();
            frozen.forEach((id, counts) -> {
                if (!counts.isEmpty()) {
                    first.put(id, counts.firstKey());
                }
            });
            return TriageCounts.start(first);
        }

        /** Whether the month's cases without a lead are hidden from the caller, as a part of triage's line. */
        public boolean hidesWithoutLead(YearMonth month) {
            return withoutLeadHidden.contains(month.atDay(1));
        }

        /**
         * A series the caller may not know of at all, answered as one that does not exist:
         * <ul>
         * <li>for a ministry, a region × caseType cell: even that such a series exists says that the region had a
         * case of that type;</li>
         * <li>for a coordinator bound to a region, every series not of that region: triage gives them their
         * region's cases only, and refuses them the national figures, as the hierarchy and the publication here
         * do. A series without a region (triage's national ones, an import, the demo data) is national.</li>
         * </ul>
         */
        public boolean withholds(SeriesEntity series) {
            return withholds(series.id, series.region);
        }

        /** {@link #withholds(SeriesEntity)}, for a series known by its id and region. */
        public boolean withholds(String seriesId, Region seriesRegion) {
            return applies && TriageCounts.isCellSeries(seriesId) || region != null && seriesRegion != region;
        }

        public boolean hides(String seriesId, Period period) {
            return bySeries.getOrDefault(seriesId, Set.of()).contains(period);
        }

        /** A period that ends after {@code lastShown}: not published to the caller, so left out, not a gap. */
        public boolean unpublished(Period period) {
            return lastShown != null && YearMonth.from(period.end()).isAfter(lastShown);
        }

        /**
         * The counts of {@code stored}'s series the caller reads: for a ministry those it was first shown, whatever
         * was imported since; a period with a stored count but none frozen ended after {@code lastShown}.
         */
        public SeriesHistory counted(SeriesHistory stored) {
            if (frozen == null) {
                return stored;
            }
            return SeriesHistory.of(stored.series(), frozen.getOrDefault(stored.series().id, new TreeMap<>()));
        }

        /**
         * The history up to its last count published to the caller, with each hidden period as a gap. Cut, not
         * made gaps: the forecast starts after the last published month, as it would have before the import.
         */
        public SeriesHistory apply(SeriesHistory history) {
            history = counted(history);
            if (history.isEmpty()) {
                return history;
            }
            int kept = history.values().length;
            while (kept > 0 && (unpublished(history.periodAt(kept - 1))
                    || kept < history.values().length && Double.isNaN(history.values()[kept - 1]))) {
                kept--;
            }
            if (kept == 0) {
                return new SeriesHistory(history.series(), null, new double[0]);
            }
            if (kept < history.values().length) {
                history = new SeriesHistory(history.series(), history.first(),
                        Arrays.copyOf(history.values(), kept));
            }
            Set<Period> hidden = bySeries.getOrDefault(history.series().id, Set.of());
            if (hidden.isEmpty()) {
                return history;
            }
            double[] values = history.values().clone();
            for (int i = 0; i < values.length; i++) {
                if (hidden.contains(history.periodAt(i))) {
                    values[i] = Double.NaN;
                }
            }
            return new SeriesHistory(history.series(), history.first(), values);
        }
    }

    private static final Comparator<Count> TRIAGE_ORDER = Comparator.comparing(Count::organisation)
            .thenComparing(Count::caseType);

    private final FrozenCounts frozenCounts;
    private final Disclosure disclosure;
    private final Caller caller;
    private final Clock clock;

    PublishedCounts(FrozenCounts frozenCounts, Disclosure disclosure, Caller caller, Clock clock) {
        this.frozenCounts = frozenCounts;
        this.disclosure = disclosure;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * What the caller of this request may not see: small counts for a ministry, other regions for a region's. For a
     * ministry it first freezes the completed periods not shown before, and decides from the frozen counts, so that
     * a correction neither changes a count once shown nor hides or reveals one.
     */
    @Transactional
    public Hidden hiddenFromCaller() {
        Region region = caller.region().orElse(null);
        if (!disclosure.suppressSmallCounts()) {
            return region == null ? Hidden.NOTHING
                    : new Hidden(false, Map.of(), region, null, null, null, Set.of());
        }
        YearMonth lastShown = Disclosure.lastCompletedMonth(clock);
        frozenCounts.freeze(lastShown);
        return hidden(region, frozenCounts.upTo(lastShown), frozenCounts.withoutLeadUpTo(lastShown), lastShown);
    }

    private static Hidden hidden(Region region, List<Count> counts, SortedMap<LocalDate, Long> unled,
            YearMonth lastShown) {
        Map<String, SortedMap<LocalDate, Long>> frozen = new HashMap<>();
        for (Count c : counts) {
            frozen.computeIfAbsent(c.seriesId(), k -> new TreeMap<>()).put(c.start(), c.count());
        }
        Map<String, Set<Period>> hidden = new HashMap<>();
        Map<LocalDate, List<Count>> lines = new HashMap<>();
        Map<LocalDate, List<Count>> regionLines = new HashMap<>();
        for (Count c : counts) {
            if (SmallCellSuppression.isSmall(c.count())) {
                hide(hidden, c);
            }
            if (c.granularity() != Granularity.MONTH) {
                continue;
            }
            if (TriageCounts.isCellSeries(c.seriesId())) {
                hide(hidden, c);
            } else if (TriageCounts.isRegionSeries(c.seriesId()) && c.region() != null) {
                regionLines.computeIfAbsent(c.start(), k -> new ArrayList<>()).add(c);
            } else if (TriageCounts.isOrganisationSeries(c.seriesId()) && c.caseType() != null) {
                lines.computeIfAbsent(c.start(), k -> new ArrayList<>()).add(c);
            }
        }
        Set<LocalDate> unledHidden = new HashSet<>();
        for (Map.Entry<LocalDate, List<Count>> e : lines.entrySet()) {
            List<Count> line = e.getValue();
            line.sort(TRIAGE_ORDER);
            long rest = unled.getOrDefault(e.getKey(), 0L);
            if (hideLine(hidden, line, parts(line, rest), YearMonth.from(e.getKey())) && rest > 0) {
                unledHidden.add(e.getKey());
            }
        }
        unled.forEach((month, count) -> {
            if (!lines.containsKey(month) && SmallCellSuppression.isSmall(count)) {
                unledHidden.add(month);
            }
        });
        Set<LocalDate> regionMonths = new HashSet<>(regionLines.keySet());
        regionMonths.addAll(lines.keySet());
        regionMonths.addAll(unled.keySet());
        for (LocalDate month : regionMonths) {
            long national = lines.getOrDefault(month, List.of()).stream().mapToLong(Count::count).sum()
                    + unled.getOrDefault(month, 0L);
            hideRegionLine(hidden, month, regionLines.getOrDefault(month, List.of()), national);
        }
        return new Hidden(true, hidden, region, lastShown, frozen, unled, unledHidden);
    }

    /**
     * The month's line as triage shows it to a ministry: every region, 0 where it has no frozen count (no series, or
     * none that month), and the cases that named no region last. A region without a count is a part too: when the
     * line's total is hidden, its zeros are hidden with it, and a 0 shown beside hidden regions would say how few
     * cases those share (twelve cases over twelve hidden regions is one each).
     */
    private static void hideRegionLine(Map<String, Set<Period>> hidden, LocalDate month, List<Count> counts,
            long national) {
        Region[] regions = Region.values();
        long[] parts = new long[regions.length + 1];
        long named = 0;
        for (Count c : counts) {
            parts[c.region().ordinal()] += c.count();
            named += c.count();
        }
        parts[regions.length] = Math.max(0, national - named);
        boolean[] hide = SmallCellSuppression.suppressLine(parts, YearMonth.from(month));
        for (Region r : regions) {
            if (hide[r.ordinal()]) {
                hidden.computeIfAbsent(TriageCounts.seriesId(r), k -> new HashSet<>()).add(Period.of(
                        YearMonth.from(month)));
            }
        }
    }

    /** The counts of {@code line}, and after them {@code rest} when there is any: a part that is not a series. */
    private static long[] parts(List<Count> line, long rest) {
        long[] parts = new long[line.size() + (rest > 0 ? 1 : 0)];
        for (int i = 0; i < line.size(); i++) {
            parts[i] = line.get(i).count();
        }
        if (rest > 0) {
            parts[line.size()] = rest;
        }
        return parts;
    }

    /**
     * {@code parts} starts with the counts of {@code line}; any part after those is not a stored series. Returns
     * whether the last part is hidden.
     */
    private static boolean hideLine(Map<String, Set<Period>> hidden, List<Count> line, long[] parts,
            YearMonth month) {
        boolean[] hide = SmallCellSuppression.suppressLine(parts, month);
        for (int i = 0; i < line.size(); i++) {
            if (hide[i]) {
                hide(hidden, line.get(i));
            }
        }
        return hide.length > 0 && hide[hide.length - 1];
    }

    private static void hide(Map<String, Set<Period>> hidden, Count c) {
        hidden.computeIfAbsent(c.seriesId(), k -> new HashSet<>()).add(Period.starting(c.granularity(), c.start()));
    }
}
