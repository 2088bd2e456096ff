package nl.entree.forecast.projections;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.entree.common.disclosure.SmallCellSuppression;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.forecast.series.DemoData;

/**
 * A chart per organisation, stacked in one SVG written by hand: history, forecast, the 80% band, axes, a
 * title, and the synthetic label where it applies. Sized and lettered to stay readable when pasted into a memo.
 */
final class ProjectionChart {

    private static final int WIDTH = 900;
    private static final int PANEL = 356;
    private static final int LEFT = 72;
    private static final int RIGHT = 24;
    private static final int TOP = 80;
    private static final int BOTTOM = 48;
    private static final int HISTORY_MONTHS = 72;
    private static final String FONT = "font-family=\"Helvetica, Arial, sans-serif\"";

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
                "forecast from %s"),
        NL(Locale.forLanguageTag("nl-NL"), "Verwachte contacten per organisatie, %s tot en met %s, scenario %s",
                "Geen maandreeks met een soort casus om te projecteren.",
                "Entree prognosedienst. Vlak: 80%%-interval. Gestreept: prognose. Doorgetrokken: gemeten. "
                        + "Scenario: %s.",
                " Aantallen onder de 10 worden niet getoond.", "%s: contacten per maand, gemeten en verwacht",
                "Reeksen: %s", "Synthetische gegevens: gekalibreerd op gepubliceerde jaartotalen",
                "projectie %s tot en met %s", "contacten per maand", "maand", "prognose vanaf %s");

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

        Words(Locale numbers, String title, String empty, String legend, String suppressed, String panelTitle,
                String series, String synthetic, String window, String yAxis, String xAxis, String forecastFrom) {
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
        }
    }

    /**
     * For a caller with small counts suppressed: a month of history is drawn only when no series of the
     * organisation hides it (else the sum minus the other series would give the hidden count), the forecast
     * comes from the histories without hidden months, and no point or bound is drawn below 10.
     */
    static String render(ProjectionService.Computation c, Words words) {
        boolean suppressSmallCounts = c.hidden().applies();
        Map<Organisation, List<SeriesProjection>> byOrg = c.byOrganisation();
        int panels = Math.max(1, byOrg.size());
        int height = panels * PANEL + 40;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\">\n");
        svg.append("<title>").append(escape(String.format(words.title, c.from(), c.to(), c.scenario().name())))
                .append("</title>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        if (byOrg.isEmpty()) {
            svg.append(text(WIDTH / 2.0, 60, words.empty, 16, "middle", "#333333", false));
        }
        int index = 0;
        for (Map.Entry<Organisation, List<SeriesProjection>> e : byOrg.entrySet()) {
            panel(svg, index * PANEL, e.getKey(), e.getValue(), c, suppressSmallCounts, words);
            index++;
        }
        svg.append(text(LEFT, height - 14, String.format(words.legend, c.scenario().name())
                + (suppressSmallCounts ? words.suppressed : ""), 11, "start", "#555555", false));
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void panel(StringBuilder svg, int top, Organisation org, List<SeriesProjection> series,
            ProjectionService.Computation c, boolean suppressSmallCounts, Words words) {
        YearMonth lastObserved = series.stream().map(SeriesProjection::lastObserved).max(YearMonth::compareTo).orElseThrow();
        YearMonth earliestLast = series.stream().map(SeriesProjection::lastObserved).min(YearMonth::compareTo).orElseThrow();
        YearMonth firstObserved = series.stream().map(SeriesProjection::firstObserved).min(YearMonth::compareTo).orElseThrow();
        YearMonth start = firstObserved.isBefore(lastObserved.minusMonths(HISTORY_MONTHS - 1L))
                ? lastObserved.minusMonths(HISTORY_MONTHS - 1L) : firstObserved;
        YearMonth end = c.to().isAfter(lastObserved) ? c.to() : lastObserved;
        int months = (int) ChronoUnit.MONTHS.between(start, end) + 1;

        double[] history = new double[months];
        double[] mean = new double[months];
        double[] lower = new double[months];
        double[] upper = new double[months];
        double max = 1;
        for (int i = 0; i < months; i++) {
            YearMonth m = start.plusMonths(i);
            history[i] = Double.NaN;
            mean[i] = Double.NaN;
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
                    lowSquares += Math.pow(v - s.lower(m), 2);
                    highSquares += Math.pow(s.upper(m) - v, 2);
                }
                if (complete && !(suppressSmallCounts && sum < SmallCellSuppression.THRESHOLD)) {
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
        svg.append(text(LEFT, top + 24, String.format(words.panelTitle, org), 17, "start", "#111111", true));
        String ids = String.join(", ", series.stream().map(s -> s.series().id).toList());
        svg.append(text(LEFT, top + 42, String.format(words.series, ids), 11, "start", "#555555", false));
        if (synthetic) {
            svg.append(text(LEFT, top + 60, words.synthetic, 12, "start",
                    "#b00020", true));
        }

        int windowStart = (int) Math.max(0, ChronoUnit.MONTHS.between(start, c.from()));
        int windowEnd = (int) Math.min(months - 1L, ChronoUnit.MONTHS.between(start, c.to()));
        if (windowEnd >= windowStart) {
            double x0 = LEFT + step * windowStart;
            double x1 = LEFT + step * windowEnd;
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#f2f2f2\"/>\n",
                    x0, plotTop, Math.max(1, x1 - x0), plotHeight));
            svg.append(text(x1 - 4, plotTop + 28, String.format(words.window, c.from(), c.to()), 11, "end", "#555555",
                    false));
        }
        for (int t = 0; t <= ticks; t++) {
            double value = tick * t;
            double y = plotTop + plotHeight - plotHeight * t / ticks;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e3e3e3\" stroke-width=\"1\"/>\n",
                    (double) LEFT, y, (double) WIDTH - RIGHT, y));
            svg.append(text(LEFT - 8, y + 4, String.format(words.numbers, tick < 1 ? "%,.1f" : "%,.0f", value), 11, "end",
                    "#333333", false));
        }
        for (int i = 0; i < months; i++) {
            YearMonth m = start.plusMonths(i);
            if (m.getMonthValue() == 1) {
                double x = LEFT + step * i;
                svg.append(String.format(Locale.ROOT,
                        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#bbbbbb\" stroke-width=\"1\"/>\n",
                        x, plotTop + plotHeight, x, plotTop + plotHeight + 5));
                svg.append(text(x, plotTop + plotHeight + 18, Integer.toString(m.getYear()), 11, "middle", "#333333", false));
            }
        }
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#333333\" stroke-width=\"1\"/>\n",
                LEFT, plotTop + plotHeight, WIDTH - RIGHT, plotTop + plotHeight));
        svg.append(String.format(Locale.ROOT,
                "<text x=\"16\" y=\"%.1f\" %s font-size=\"11\" fill=\"#333333\" text-anchor=\"middle\" "
                        + "transform=\"rotate(-90 16 %.1f)\">%s</text>\n",
                plotTop + plotHeight / 2, FONT, plotTop + plotHeight / 2, words.yAxis));
        svg.append(text(LEFT + plotWidth / 2, plotTop + plotHeight + 36, words.xAxis, 11, "middle", "#333333", false));

        List<String> bandTop = new ArrayList<>();
        List<String> bandBottom = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            if (!Double.isNaN(mean[i])) {
                bandTop.add(point(LEFT + step * i, y(upper[i], yMax, plotTop, plotHeight)));
                bandBottom.add(0, point(LEFT + step * i, y(lower[i], yMax, plotTop, plotHeight)));
            }
        }
        if (!bandTop.isEmpty()) {
            svg.append("<polygon fill=\"#9ecae1\" fill-opacity=\"0.55\" stroke=\"none\" points=\"")
                    .append(String.join(" ", bandTop)).append(' ').append(String.join(" ", bandBottom)).append("\"/>\n");
        }
        path(svg, history, step, yMax, plotTop, plotHeight, "#222222", null);
        path(svg, mean, step, yMax, plotTop, plotHeight, "#08519c", "6 4");

        if (!c.to().isBefore(start) && earliestLast.isBefore(end)) {
            double x = LEFT + step * (ChronoUnit.MONTHS.between(start, earliestLast));
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888888\" stroke-dasharray=\"2 3\"/>\n",
                    x, plotTop, x, plotTop + plotHeight));
            svg.append(text(x + 4, plotTop + 12, String.format(words.forecastFrom, earliestLast.plusMonths(1)), 11, "start",
                    "#555555", false));
        }
    }

    private static void path(StringBuilder svg, double[] values, double step, double yMax, double plotTop,
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
        if (d.length() > 0) {
            svg.append("<path fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"")
                    .append(dash == null ? "" : " stroke-dasharray=\"" + dash + "\"")
                    .append(" d=\"").append(d.toString().strip()).append("\"/>\n");
        }
    }

    private static double y(double value, double yMax, double plotTop, double plotHeight) {
        return plotTop + plotHeight - plotHeight * Math.min(value, yMax) / yMax;
    }

    private static String point(double x, double y) {
        return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
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

    private static String text(double x, double y, String content, int size, String anchor, String colour,
            boolean bold) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" %s font-size=\"%d\" fill=\"%s\" "
                + "text-anchor=\"%s\"%s>%s</text>\n", x, y, FONT, size, colour, anchor,
                bold ? " font-weight=\"bold\"" : "", escape(content));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
