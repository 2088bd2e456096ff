package nl.entree.common.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Every CSV export of the suite: Jackson CSV does the quoting, and each text cell that a spreadsheet would run
 * as a formula is neutralised first. A row is a record whose components are the columns (name them with
 * {@code @JsonProperty}, order them with {@code @JsonPropertyOrder}); null is an empty cell. Numbers stay numbers
 * (write {@code BigDecimal} for a fixed number of decimals), so a negative gap is not mistaken for a formula.
 */
public final class FormulaSafeCsv {

    private static final CsvMapper MAPPER = mapper();

    private FormulaSafeCsv() {
    }

    /** A figure with a fixed number of decimals, as a cell; null (unknown or suppressed) for null or not finite. */
    public static BigDecimal decimal(Double value, int decimals) {
        return value == null || !Double.isFinite(value) ? null
                : BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    /** A header line and one line per row. */
    public static <T> String write(Class<T> rowType, List<T> rows) {
        CsvSchema schema = MAPPER.schemaFor(rowType).withHeader();
        try {
            return MAPPER.writer(schema).writeValueAsString(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * OWASP, CSV Injection: a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
     * carriage return is read as a formula by Excel, LibreOffice and Google Sheets; a leading apostrophe makes
     * it text. The apostrophe stays visible, which is the price of being safe in every spreadsheet.
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + cell : cell;
    }

    private static CsvMapper mapper() {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        SimpleModule neutralising = new SimpleModule("formula-safe-cells");
        neutralising.addSerializer(String.class, new NeutralisedText());
        mapper.registerModule(neutralising);
        return mapper;
    }

    private static final class NeutralisedText extends StdSerializer<String> {

        NeutralisedText() {
            super(String.class);
        }

        @Override
        public void serialize(String value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(neutralise(value));
        }
    }
}
