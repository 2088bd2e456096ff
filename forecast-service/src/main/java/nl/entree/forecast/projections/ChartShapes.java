package nl.entree.forecast.projections;

import java.util.List;

/**
 * What the projection chart draws, with every coordinate already placed and written as SVG wants it (a dot, one
 * decimal): the template {@code ProjectionChart/chart.svg} only lays these out.
 */
public final class ChartShapes {

    private ChartShapes() {
    }

    public record Chart(int width, int height, String title, List<Label> labels, List<Panel> panels) {
    }

    public record Panel(List<Rect> rects, List<Line> lines, List<Label> labels, Label yAxis, String band,
            List<Path> paths) {
    }

    /** {@code rotate} is null, or the centre to turn the text a quarter turn back about, as "x y". */
    public record Label(String x, String y, String text, int size, String anchor, String colour, boolean bold,
            String rotate) {
    }

    public record Line(String x1, String y1, String x2, String y2, String colour, String dash) {
    }

    public record Rect(String x, String y, String width, String height, String fill) {
    }

    public record Path(String d, String colour, String dash) {
    }
}
