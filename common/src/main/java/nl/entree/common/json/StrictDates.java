package nl.entree.common.json;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

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
        module.addDeserializer(LocalDate.class, new LocalDates());
        module.addDeserializer(Instant.class, new Instants());
        module.addDeserializer(YearMonth.class, new YearMonths());
        mapper.registerModule(module);
    }

    /** After Quarkus' own customizers, so these deserializers take precedence over the defaults. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    static final class LocalDates extends StdScalarDeserializer<LocalDate> {
        LocalDates() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = text(p, ctxt, LocalDate.class);
            try {
                LocalDate date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
                return plausible(date.getYear()) ? date
                        : (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, range());
            } catch (DateTimeParseException e) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a date like 2026-11-29");
            }
        }
    }

    static final class Instants extends StdScalarDeserializer<Instant> {
        Instants() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = text(p, ctxt, Instant.class);
            try {
                Instant instant = DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from);
                return plausible(instant.atOffset(ZoneOffset.UTC).getYear()) ? instant
                        : (Instant) ctxt.handleWeirdStringValue(Instant.class, text, range());
            } catch (DateTimeParseException e) {
                return (Instant) ctxt.handleWeirdStringValue(Instant.class, text,
                        "not a time like 2026-11-29T10:15:00Z");
            }
        }
    }

    static final class YearMonths extends StdScalarDeserializer<YearMonth> {
        YearMonths() {
            super(YearMonth.class);
        }

        @Override
        public YearMonth deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = text(p, ctxt, YearMonth.class);
            try {
                YearMonth month = YearMonth.parse(text);
                return plausible(month.getYear()) ? month
                        : (YearMonth) ctxt.handleWeirdStringValue(YearMonth.class, text, range());
            } catch (DateTimeParseException e) {
                return (YearMonth) ctxt.handleWeirdStringValue(YearMonth.class, text, "not a month like 2026-11");
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
