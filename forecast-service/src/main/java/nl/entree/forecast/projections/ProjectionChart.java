package nl.entree.forecast.projections;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import nl.entree.common.disclosure.SmallCellSuppression;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.forecast.series.DemoData;

/**
 * A chart per organisation, stacked in one SVG: history, forecast, the 80% band, axes, a title, and the synthetic
 * label where it applies. Sized and lettered to stay readable when pasted into a memo. This class places every
 * shape ({@link ChartShapes}); the Qute template {@code ProjectionChart/chart.svg} writes them out, escaped.
 */
final class ProjectionChart {

    private static final int WIDTH = 900;
    private static final int PANEL = 356;
    private static final int LEFT = 72;
    private static final int RIGHT = 24;
    private static final int TOP = 80;
    private static final int BOTTOM = 48;
    private static final int HISTORY_MONTHS = 72;

    private ProjectionChart() {
    }

    /**
     * The chart's words in the reader's language: a Dutch page shows a Dutch chart, with Dutch number notation.
     * Series ids and scenario names are identifiers and stay as they are.
     */
    enum Words {
        EN(Locale.UK, "Projected contacts per organisation, %s to %s, scenario %s",
                "No monthly series with a caseType to project.",
                "Entree forecast-service. Shaded: 80%% interval. Dashed: forecast. Solid: observed. Scenario: %s.",
                " Figures below 10 are not shown.", "%s: contacts per month, observed and forecast", "Series: %s",
                "Synthetic data: " + DemoData.SYNTHETIC_LABEL, "projection %s to %s", "contacts per month", "month",
                "forecast from %s", "Not drawn: every count of %s is hidden, so this organisation's sum would "
                        + "leave it out."),
        NL(Locale.forLanguageTag("nl-NL"), "Verwachte contacten per organisatie, %s tot en met %s, scenario %s",
                "Geen maandreeks met een soort casus om te projecteren.",
                "Entree prognosedienst. Vlak: 80%%-interval. Gestreept: prognose. Doorgetrokken: gemeten. "
                        + "Scenario: %s.",
                " Aantallen onder de 10 worden niet getoond.", "%s: contacten per maand, gemeten en verwacht",
                "Reeksen: %s", "Synthetische gegevens: gekalibreerd op gepubliceerde jaartotalen",
                "projectie %s tot en met %s", "contacten per maand", "maand", "prognose vanaf %s",
                "Niet getekend: elk aantal van %s is verborgen, dus de som van deze organisatie zou het weglaten.");

        private final Locale numbers;
        private final String title;
        private final String empty;
        private final String legend;
        private final String suppressed;
        private final String panelTitle;
        private final String series;
        private final String synthetic;
        private final String window;
        private final String yAxis;
        private final String xAxis;
        private final String forecastFrom;
        private final String withheld;

        Words(Locale numbers, String title, String empty, String legend, String suppressed, String panelTitle,
                String series, String synthetic, String window, String yAxis, String xAxis, String forecastFrom,
                String withheld) {
            this.numbers = numbers;
            this.title = title;
            this.empty = empty;
            this.legend = legend;
            this.suppressed = suppressed;
            this.panelTitle = panelTitle;
            this.series = series;
            this.synthetic = synthetic;
            this.window = window;
            this.yAxis = yAxis;
            this.xAxis = xAxis;
            this.forecastFrom = forecastFrom;
            this.withheld = withheld;
        }
    }

    @CheckedTemplate(basePath = "ProjectionChart", defaultName = CheckedTemplate.ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance chart(ChartShapes.Chart chart);
    }

    /**
     * For a caller with small counts suppressed: a month of history is drawn only when no series of the
     * organisation hides it (else the sum minus the other series would give the hidden count), the forecast
     * comes from the histories without hidden months, and no point or bound is drawn below 10, nor a forecast month
     * in which one of the organisation's series is projected below 10. An organisation with
     * a series whose every count is hidden is not drawn at all: its sums would leave that series out.
     */
    static String render(ProjectionService.Computation c, Words words) {
        return Templates.chart(shapes(c, words)).render();
    }

    static ChartShapes.Chart shapes(ProjectionService.Computation c, Words words) {
        boolean suppressSmallCounts = c.hidden().applies();
        Map<Organisation, List<SeriesProjection>> byOrg = c.byOrganisation();
        int panels = Math.max(1, byOrg.size());
        int height = panels * PANEL + 40;
        List<ChartShapes.Label> labels = new ArrayList<>();
        if (byOrg.isEmpty()) {
            labels.add(text(WIDTH / 2.0, 60, words.empty, 16, "middle", "#333333", false));
        }
        List<ChartShapes.Panel> drawn = new ArrayList<>();
        int index = 0;
        for (Map.Entry<Organisation, List<SeriesProjection>> e : byOrg.entrySet()) {
            drawn.add(panel(index * PANEL, e.getKey(), e.getValue(), c, suppressSmallCounts, words));
            index++;
        }
        labels.add(text(LEFT, height - 14, String.format(words.legend, c.scenario().name())
                + (suppressSmallCounts ? words.suppressed : ""), 11, "start", "#555555", false));
        return new ChartShapes.Chart(WIDTH, height, String.format(words.title, c.from(), c.to(), c.scenario().name()),
                labels, drawn);
    }

    private static ChartShapes.Panel panel(int top, Organisation org, List<SeriesProjection> series,
            ProjectionService.Computation c, boolean suppressSmallCounts, Words words) {
        List<ChartShapes.Rect> rects = new ArrayList<>();
        List<ChartShapes.Line> lines = new ArrayList<>();
        List<ChartShapes.Label> labels = new ArrayList<>();
        List<ChartShapes.Path> paths = new ArrayList<>();
        YearMonth lastObserved = series.stream().map(SeriesProjection::lastObserved).max(YearMonth::compareTo)
                .orElseThrow();
        YearMonth earliestLast = series.stream().map(SeriesProjection::lastObserved).min(YearMonth::compareTo)
                .orElseThrow();
        YearMonth firstObserved = series.stream().map(SeriesProjection::firstObserved).min(YearMonth::compareTo)
                .orElseThrow();
        YearMonth start = firstObserved.isBefore(lastObserved.minusMonths(HISTORY_MONTHS - 1L))
                ? lastObserved.minusMonths(HISTORY_MONTHS - 1L) : firstObserved;
        YearMonth end = c.to().isAfter(lastObserved) ? c.to() : lastObserved;
        int months = (int) ChronoUnit.MONTHS.between(start, end) + 1;

        double[] history = new double[months];
        double[] mean = new double[months];
        double[] lower = new double[months];
        double[] upper = new double[months];
        double max = 1;
        List<String> withheld = series.stream().filter(SeriesProjection::withheld).map(s -> s.series().id).toList();
        Arrays.fill(history, Double.NaN);
        Arrays.fill(mean, Double.NaN);
        for (int i = 0; i < months && withheld.isEmpty(); i++) {
            YearMonth m = start.plusMonths(i);
            if (!m.isAfter(lastObserved)) {
                double sum = 0;
                boolean any = false;
                for (SeriesProjection s : series) {
                    if (s.observed(m) && !Double.isNaN(s.mean(m))) {
                        sum += s.mean(m);
                        any = true;
                    }
                }
                boolean hidden = c.hidesAny(series, m, m);
                if (any && !hidden && !(suppressSmallCounts && SmallCellSuppression.isSmall(sum))) {
                    history[i] = sum;
                    max = Math.max(max, sum);
                }
            }
            if (m.isAfter(earliestLast)) {
                double sum = 0;
                double lowSquares = 0;
                double highSquares = 0;
                boolean complete = true;
                for (SeriesProjection s : series) {
                    double v = s.mean(m);
                    if (Double.isNaN(v)) {
                        complete = false;
                        break;
                    }
                    sum += v;
                    // Each series' bound is cut at 10 before they are combined, as its own chart cuts it: else the
                    // band of both, with the other series' chart, would give that bound back.
                    double low = suppressSmallCounts ? Math.max(SmallCellSuppression.THRESHOLD, s.lower(m))
                            : s.lower(m);
                    lowSquares += Math.pow(v - low, 2);
                    highSquares += Math.pow(s.upper(m) - v, 2);
                }
                // A month's sum beside a series' figure below 10 would give it back: the chart of the other
                // series alone differs from it by that figure.
                if (complete && !(suppressSmallCounts && (sum < SmallCellSuppression.THRESHOLD
                        || c.anySmall(series, m, m, SeriesProjection::mean)))) {
                    mean[i] = sum;
                    lower[i] = Math.max(suppressSmallCounts ? SmallCellSuppression.THRESHOLD : 0,
                            sum - Math.sqrt(lowSquares));
                    upper[i] = sum + Math.sqrt(highSquares);
                    max = Math.max(max, upper[i]);
                }
            }
        }
        double tick = niceStep(max / 5);
        int ticks = (int) Math.ceil(max / tick);
        double yMax = tick * ticks;
        double plotTop = top + TOP;
        double plotHeight = PANEL - TOP - BOTTOM;
        double plotWidth = WIDTH - LEFT - RIGHT;
        double step = months > 1 ? plotWidth / (months - 1) : plotWidth;

        boolean synthetic = series.stream().anyMatch(s -> s.series().synthetic);
        labels.add(text(LEFT, top + 24, String.format(words.panelTitle, org), 17, "start", "#111111", true));
        String ids = String.join(", ", series.stream().map(s -> s.series().id).toList());
        labels.add(text(LEFT, top + 42, String.format(words.series, ids), 11, "start", "#555555", false));
        if (synthetic) {
            labels.add(text(LEFT, top + 60, words.synthetic, 12, "start", "#b00020", true));
        }
        if (!withheld.isEmpty()) {
            labels.add(text(LEFT + plotWidth / 2, plotTop + plotHeight / 2,
                    String.format(words.withheld, String.join(", ", withheld)), 12, "middle", "#333333", false));
        }

        int windowStart = (int) Math.max(0, ChronoUnit.MONTHS.between(start, c.from()));
        int windowEnd = (int) Math.min(months - 1L, ChronoUnit.MONTHS.between(start, c.to()));
        if (windowEnd >= windowStart) {
            double x0 = LEFT + step * windowStart;
            double x1 = LEFT + step * windowEnd;
            rects.add(new ChartShapes.Rect(number(x0), number(plotTop), number(Math.max(1, x1 - x0)),
                    number(plotHeight), "#f2f2f2"));
            labels.add(text(x1 - 4, plotTop + 28, String.format(words.window, c.from(), c.to()), 11, "end", "#555555",
                    false));
        }
        for (int t = 0; t <= ticks; t++) {
            double value = tick * t;
            double y = plotTop + plotHeight - plotHeight * t / ticks;
            lines.add(line(LEFT, y, WIDTH - RIGHT, y, "#e3e3e3", null));
            labels.add(text(LEFT - 8, y + 4, String.format(words.numbers, tick < 1 ? "%,.1f" : "%,.0f", value), 11,
                    "end", "#333333", false));
        }
        for (int i = 0; i < months; i++) {
            YearMonth m = start.plusMonths(i);
            if (m.getMonthValue() == 1) {
                double x = LEFT + step * i;
                lines.add(line(x, plotTop + plotHeight, x, plotTop + plotHeight + 5, "#bbbbbb", null));
                labels.add(text(x, plotTop + plotHeight + 18, Integer.toString(m.getYear()), 11, "middle", "#333333",
                        false));
            }
        }
        lines.add(line(LEFT, plotTop + plotHeight, WIDTH - RIGHT, plotTop + plotHeight, "#333333", null));
        double middle = plotTop + plotHeight / 2;
        ChartShapes.Label yAxis = new ChartShapes.Label("16", number(middle), words.yAxis, 11, "middle", "#333333",
                false, "16 " + number(middle));
        labels.add(text(LEFT + plotWidth / 2, plotTop + plotHeight + 36, words.xAxis, 11, "middle", "#333333", false));

        List<String> bandTop = new ArrayList<>();
        List<String> bandBottom = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            if (!Double.isNaN(mean[i])) {
                bandTop.add(point(LEFT + step * i, y(upper[i], yMax, plotTop, plotHeight)));
                bandBottom.add(0, point(LEFT + step * i, y(lower[i], yMax, plotTop, plotHeight)));
            }
        }
        String band = bandTop.isEmpty() ? null : String.join(" ", bandTop) + " " + String.join(" ", bandBottom);
        path(history, step, yMax, plotTop, plotHeight, "#222222", null).ifPresent(paths::add);
        path(mean, step, yMax, plotTop, plotHeight, "#08519c", "6 4").ifPresent(paths::add);

        if (!c.to().isBefore(start) && earliestLast.isBefore(end)) {
            double x = LEFT + step * (ChronoUnit.MONTHS.between(start, earliestLast));
            lines.add(line(x, plotTop, x, plotTop + plotHeight, "#888888", "2 3"));
            labels.add(text(x + 4, plotTop + 12, String.format(words.forecastFrom, earliestLast.plusMonths(1)), 11,
                    "start", "#555555", false));
        }
        return new ChartShapes.Panel(rects, lines, labels, yAxis, band, paths);
    }

    private static Optional<ChartShapes.Path> path(double[] values, double step, double yMax, double plotTop,
            double plotHeight, String colour, String dash) {
        StringBuilder d = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                pen = false;
                continue;
            }
            d.append(pen ? " L" : " M").append(point(LEFT + step * i, y(values[i], yMax, plotTop, plotHeight)));
            pen = true;
        }
        return d.length() == 0 ? Optional.empty()
                : Optional.of(new ChartShapes.Path(d.toString().strip(), colour, dash));
    }

    private static double y(double value, double yMax, double plotTop, double plotHeight) {
        return plotTop + plotHeight - plotHeight * Math.min(value, yMax) / yMax;
    }

    private static String point(double x, double y) {
        return number(x) + "," + number(y);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static ChartShapes.Line line(double x1, double y1, double x2, double y2, String colour, String dash) {
        return new ChartShapes.Line(number(x1), number(y1), number(x2), number(y2), colour, dash);
    }

    /** The round step (1, 2, 2.5 or 5 times a power of ten) at or above {@code raw}. */
    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 0.2))));
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            if (f * magnitude >= raw) {
                return f * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static ChartShapes.Label text(double x, double y, String content, int size, String anchor,
            String colour, boolean bold) {
        return new ChartShapes.Label(number(x), number(y), content, size, anchor, colour, bold, null);
    }
}
