package nl.entree.forecast.series;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.entree.common.problem.Problem;

/**
 * Splits an import file into rows without judging their meaning; that needs the series. Each row keeps its
 * line number so that a rejection can name it. A header line is optional.
 */
final class CsvRows {

    record Row(int line, String series, String period, String count) {
        String field() {
            return "line " + line;
        }
    }

    record Parsed(List<Row> rows, List<Problem.Violation> violations) {
    }

    private CsvRows() {
    }

    /** {@code period,count} when {@code fixedSeries} is given, else {@code series,period,count}. */
    static Parsed parse(String body, String fixedSeries) {
        int columns = fixedSeries == null ? 3 : 2;
        List<Row> rows = new ArrayList<>();
        List<Problem.Violation> violations = new ArrayList<>();
        if (body == null || body.isBlank()) {
            violations.add(new Problem.Violation("body", "the file is empty"));
            return new Parsed(rows, violations);
        }
        String[] lines = body.split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i].strip();
            if (i == 0 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            int line = i + 1;
            if (text.isEmpty()) {
                continue;
            }
            String[] cells = text.split(",", -1);
            if (i == 0 && isHeader(cells[0])) {
                continue;
            }
            if (cells.length != columns) {
                violations.add(new Problem.Violation("line " + line, "expected " + columns + " columns ("
                        + (columns == 2 ? "period,count" : "series,period,count") + "), found " + cells.length));
                continue;
            }
            if (columns == 2) {
                rows.add(new Row(line, fixedSeries, cells[0].strip(), cells[1].strip()));
            } else {
                rows.add(new Row(line, cells[0].strip(), cells[1].strip(), cells[2].strip()));
            }
        }
        if (rows.isEmpty() && violations.isEmpty()) {
            violations.add(new Problem.Violation("body", "the file holds no rows"));
        }
        return new Parsed(rows, violations);
    }

    private static boolean isHeader(String first) {
        String f = first.strip().toLowerCase(Locale.ROOT);
        return f.equals("series") || f.equals("period");
    }
}
