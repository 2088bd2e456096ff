package nl.entree.forecast.series;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import nl.entree.common.problem.Problem;

/**
 * Splits an import file into rows without judging their meaning; that needs the series. Jackson CSV reads it, so a
 * quoted cell may hold a comma; each row keeps its line number so that a rejection can name it. A header line is
 * optional.
 */
final class CsvRows {

    private static final ObjectReader CELLS = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).enable(CsvParser.Feature.TRIM_SPACES)
            .readerFor(String[].class);

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
        // A file saved by Excel starts with a byte-order mark, which a String still carries.
        String text = body.charAt(0) == '\uFEFF' ? body.substring(1) : body;
        try (MappingIterator<String[]> lines = CELLS.readValues(text)) {
            boolean first = true;
            while (lines.hasNextValue()) {
                int line = lines.getParser().currentLocation().getLineNr();
                String[] cells = lines.nextValue();
                if (first && isHeader(cells[0])) {
                    first = false;
                    continue;
                }
                first = false;
                if (cells.length != columns) {
                    violations.add(new Problem.Violation("line " + line, "expected " + columns + " columns ("
                            + (columns == 2 ? "period,count" : "series,period,count") + "), found " + cells.length));
                } else if (columns == 2) {
                    rows.add(new Row(line, fixedSeries, cells[0], cells[1]));
                } else {
                    rows.add(new Row(line, cells[0], cells[1], cells[2]));
                }
            }
        } catch (JsonProcessingException e) {
            violations.add(new Problem.Violation("line " + e.getLocation().getLineNr(), "not CSV: "
                    + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new IllegalStateException("reading a String cannot fail", e);
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
