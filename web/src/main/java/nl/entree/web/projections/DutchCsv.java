package nl.entree.web.projections;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The projection CSV as Dutch Excel opens it: semicolons between cells, a decimal comma, and a byte-order mark so that
 * Excel reads UTF-8. The standard CSV from forecast-service stays as it is, next to this one. The yearly publication
 * offers its CSV this way too.
 */
public final class DutchCsv {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private DutchCsv() {
    }

    public static String of(String standard) {
        try (MappingIterator<List<String>> rows = CSV.readerForListOf(String.class)
                .with(CsvSchema.emptySchema()).readValues(standard)) {
            List<List<String>> dutch = new ArrayList<>();
            while (rows.hasNext()) {
                dutch.add(rows.next().stream().map(c -> DECIMAL.matcher(c).matches() ? c.replace('.', ',') : c)
                        .toList());
            }
            return "\uFEFF" + CSV.writer(CsvSchema.emptySchema().withColumnSeparator(';').withLineSeparator("\r\n"))
                    .writeValueAsString(dutch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
