package nl.entree.common.json;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Dates and months in requests are ISO-8601 strings within 1900–2999. Jackson would otherwise read {@code 1234567890}
 * as a date (epoch days or seconds) and accept years PostgreSQL cannot store ({@code 999999999-01} as a month),
 * turning bad input into a server error.
 */
@Singleton
public class StrictDates implements ObjectMapperCustomizer {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2999;

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("entree-strict-dates");
        module.addDeserializer(LocalDate.class, new Strict<>(LocalDate.class,
                t -> LocalDate.parse(t, DateTimeFormatter.ISO_LOCAL_DATE), LocalDate::getYear,
                "a date like 2026-11-29"));
        module.addDeserializer(Instant.class, new Strict<>(Instant.class,
                t -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(t, Instant::from),
                i -> i.atOffset(ZoneOffset.UTC).getYear(), "a time like 2026-11-29T10:15:00Z"));
        module.addDeserializer(YearMonth.class, new Strict<>(YearMonth.class, YearMonth::parse, YearMonth::getYear,
                "a month like 2026-11"));
        mapper.registerModule(module);
    }

    /** After Quarkus' own customizers, so these deserializers take precedence over the defaults. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    /** One ISO-8601 form, read strictly and with a year in range; everything else named as what it is not. */
    static final class Strict<T> extends StdScalarDeserializer<T> {

        private final transient Function<String, T> parse;
        private final transient ToIntFunction<T> year;
        private final String example;

        Strict(Class<T> type, Function<String, T> parse, ToIntFunction<T> year, String example) {
            super(type);
            this.parse = parse;
            this.year = year;
            this.example = example;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Class<?> type = handledType();
            String text = text(p, ctxt, type);
            try {
                T value = parse.apply(text);
                return plausible(year.applyAsInt(value)) ? value
                        : (T) ctxt.handleWeirdStringValue(type, text, range());
            } catch (DateTimeParseException e) {
                return (T) ctxt.handleWeirdStringValue(type, text, "not " + example);
            }
        }
    }

    private static String text(JsonParser p, DeserializationContext ctxt, Class<?> type) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (String) ctxt.handleUnexpectedToken(type, p);
        }
        return p.getText().trim();
    }

    private static boolean plausible(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    private static String range() {
        return "must lie between " + FIRST_YEAR + " and " + LAST_YEAR;
    }
}
