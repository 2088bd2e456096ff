package nl.entree.web.monitoring;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.entree.common.vocabulary.Region;
import nl.entree.web.backend.RegionMonths;

/**
 * The 25 safety regions as a grid cartogram (every region one equal tile, placed to keep the country's shape,
 * north at the top), coloured by growth: the cases of the last twelve complete months against the twelve before.
 * A grid needs no map data, and no large region outweighs a small one on the screen.
 *
 * <p>The counts are forecast-service's region series, the ones its forecasts on the same screen are made from.
 * For a ministry a region's year is known only when every month of it is shown: a sum over a hidden month, less
 * the months shown, would give the hidden count back.
 */
public final class RegionMap {

    static final int TILE = 64;
    static final int GAP = 4;
    private static final int SPARK_WIDTH = 120;
    private static final int SPARK_HEIGHT = 28;

    /** Column and row of each region; found by hand from the regions' places on the map. */
    private static final Map<Region, int[]> GRID = new LinkedHashMap<>();

    static {
        place(Region.VR10, 2, 0);
        place(Region.VR02, 3, 0);
        place(Region.VR01, 4, 0);
        place(Region.VR11, 2, 1);
        place(Region.VR25, 3, 1);
        place(Region.VR03, 4, 1);
        place(Region.VR12, 1, 2);
        place(Region.VR13, 2, 2);
        place(Region.VR14, 3, 2);
        place(Region.VR04, 4, 2);
        place(Region.VR05, 5, 2);
        place(Region.VR15, 0, 3);
        place(Region.VR16, 1, 3);
        place(Region.VR09, 2, 3);
        place(Region.VR07, 3, 3);
        place(Region.VR06, 4, 3);
        place(Region.VR17, 0, 4);
        place(Region.VR18, 1, 4);
        place(Region.VR08, 2, 4);
        place(Region.VR19, 0, 5);
        place(Region.VR20, 1, 5);
        place(Region.VR21, 2, 5);
        place(Region.VR23, 3, 5);
        place(Region.VR22, 2, 6);
        place(Region.VR24, 3, 6);
    }

    private static void place(Region region, int column, int row) {
        GRID.put(region, new int[] {column, row});
    }

    static final int WIDTH = 6 * (TILE + GAP);
    static final int HEIGHT = 7 * (TILE + GAP);

    /** How a region's growth is coloured; {@code unknown} when it cannot be shown. */
    public enum Tone {
        DOWN, FLAT, UP, STEEP, UNKNOWN;

        static Tone of(Double growth) {
            if (growth == null) {
                return UNKNOWN;
            }
            return growth < -0.10 ? DOWN : growth <= 0.10 ? FLAT : growth <= 0.25 ? UP : STEEP;
        }

        public String css() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One region: its tile, its two years, and its months as a line. */
    public record RegionView(String region, Long lastYear, Long yearBefore, Double growth, String growthLabel,
            Tone tone, boolean alert, int x, int y, List<String> spark) {

        public int codeY() {
            return y + 26;
        }

        public int growthY() {
            return y + 46;
        }

        public int centreX() {
            return x + TILE / 2;
        }
    }

    public record View(String first, String last, List<RegionView> regions, int width, int height) {
    }

    private RegionMap() {
    }

    /**
     * @param last the last complete month; the view covers it and the 23 months before
     * @param alertRegions regions with an active peak alert this month
     */
    static View of(RegionMonths counts, YearMonth last, Set<String> alertRegions) {
        YearMonth first = last.minusMonths(23);
        Map<String, long[]> perMonth = new HashMap<>();
        Map<String, Set<Integer>> hiddenMonths = new HashMap<>();
        for (RegionMonths.Series series : counts.regions() == null ? List.<RegionMonths.Series>of()
                : counts.regions()) {
            long[] months = perMonth.computeIfAbsent(series.region(), k -> new long[24]);
            for (RegionMonths.Month m : series.months()) {
                int i = (int) java.time.temporal.ChronoUnit.MONTHS.between(first, YearMonth.parse(m.month()));
                if (i < 0 || i >= 24) {
                    continue;
                }
                if (m.suppressed() || m.count() == null) {
                    hiddenMonths.computeIfAbsent(series.region(), k -> new HashSet<>()).add(i);
                } else {
                    months[i] = m.count();
                }
            }
        }
        List<RegionView> regions = new ArrayList<>();
        for (Map.Entry<Region, int[]> e : GRID.entrySet()) {
            String code = e.getKey().name();
            if (!perMonth.containsKey(code)) {
                // Not in the answer: a coordinator bound to another region. Its tile stays, unknown.
                regions.add(unknown(code, e.getValue()));
                continue;
            }
            regions.add(view(code, perMonth.get(code), hiddenMonths.getOrDefault(code, Set.of()),
                    alertRegions.contains(code), e.getValue()[0] * (TILE + GAP), e.getValue()[1] * (TILE + GAP)));
        }
        regions.sort(java.util.Comparator.comparing(RegionView::region));
        return new View(first.toString(), last.toString(), regions, WIDTH, HEIGHT);
    }

    private static RegionView unknown(String region, int[] place) {
        return new RegionView(region, null, null, null, "?", Tone.UNKNOWN, false, place[0] * (TILE + GAP),
                place[1] * (TILE + GAP), List.of());
    }

    private static RegionView view(String region, long[] months, Set<Integer> hidden, boolean alert, int x, int y) {
        Long before = sum(months, hidden, 0);
        Long last = sum(months, hidden, 12);
        Double growth = before == null || last == null || before == 0 ? null : (double) last / before - 1;
        String label = growth == null ? "?" : (growth >= 0 ? "+" : "−") + Math.round(Math.abs(growth) * 100) + "%";
        return new RegionView(region, last, before, growth, label, Tone.of(growth), alert, x, y,
                spark(months, hidden));
    }

    private static Long sum(long[] months, Set<Integer> hidden, int from) {
        long sum = 0;
        for (int i = from; i < from + 12; i++) {
            if (hidden.contains(i)) {
                return null;
            }
            sum += months[i];
        }
        return sum;
    }

    /** The months as polylines, broken where a month is hidden: a line drawn through it would hint at its size. */
    private static List<String> spark(long[] months, Set<Integer> hidden) {
        long max = 1;
        for (int i = 0; i < months.length; i++) {
            if (!hidden.contains(i)) {
                max = Math.max(max, months[i]);
            }
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < months.length; i++) {
            if (hidden.contains(i)) {
                if (line.length() > 0) {
                    lines.add(line.toString().strip());
                    line.setLength(0);
                }
                continue;
            }
            double x = i * (SPARK_WIDTH - 2) / 23.0 + 1;
            double y = SPARK_HEIGHT - 2 - months[i] * (SPARK_HEIGHT - 4) / (double) max;
            line.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        if (line.length() > 0) {
            lines.add(line.toString().strip());
        }
        return lines;
    }
}
