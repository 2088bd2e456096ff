package nl.entree.common.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;

import nl.entree.common.problem.ProblemException;

/**
 * Query parameters parsed here rather than by JAX-RS, which answers a value it cannot convert with 404: here a
 * wrong value is a 400 problem+json naming the parameter.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E optionalEnum(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static <E extends Enum<E>> E requiredEnum(String name, String value, Class<E> type) {
        E parsed = optionalEnum(name, value, type);
        if (parsed == null) {
            throw ProblemException.badRequest(name, "is required");
        }
        return parsed;
    }

    public static LocalDate optionalDate(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "must be a date YYYY-MM-DD");
        }
        if (!fourDigits(date.getYear())) {
            throw ProblemException.badRequest(name, "must be a date YYYY-MM-DD");
        }
        return date;
    }

    public static LocalDate requiredDate(String name, String value) {
        LocalDate date = optionalDate(name, value);
        if (date == null) {
            throw ProblemException.badRequest(name, "is required (YYYY-MM-DD)");
        }
        return date;
    }

    public static YearMonth requiredMonth(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest(name, "is required (YYYY-MM)");
        }
        YearMonth month;
        try {
            month = YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "must be a month YYYY-MM");
        }
        if (!fourDigits(month.getYear())) {
            throw ProblemException.badRequest(name, "must be a month YYYY-MM");
        }
        return month;
    }

    public static UUID optionalUuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, "must be a UUID");
        }
    }

    public static UUID requiredUuid(String name, String value) {
        UUID id = optionalUuid(name, value);
        if (id == null) {
            throw ProblemException.badRequest(name, "is required");
        }
        return id;
    }

    public static Boolean optionalBoolean(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.badRequest(name, "must be true or false");
        };
    }

    /** A finite decimal number such as {@code 3.5}; the caller checks its range. */
    public static Double optionalDouble(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double n = Double.parseDouble(value.strip());
            if (!Double.isFinite(n)) {
                throw ProblemException.badRequest(name, "must be a number");
            }
            return n;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name, "must be a number");
        }
    }

    public static int intInRange(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw ProblemException.badRequest(name, "must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name, "must be a whole number");
        }
    }

    /** An instant with its offset, such as {@code 2026-03-29T01:30:00Z} or {@code 2026-03-29T03:30:00+02:00}. */
    public static Instant optionalInstant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(value.strip(), Instant::from);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "must be a time with its offset, like 2026-03-29T01:30:00Z");
        }
        if (!fourDigits(instant.atOffset(ZoneOffset.UTC).getYear())) {
            throw ProblemException.badRequest(name, "must be a time with its offset, like 2026-03-29T01:30:00Z");
        }
        return instant;
    }

    /**
     * ISO dates parse years from −999,999,999 to +999,999,999; a period reckoned back from one of those overflows
     * (a 500), and the database refuses it. What the format promises, YYYY, is also what every service can reckon
     * with.
     */
    private static boolean fourDigits(int year) {
        return year >= 1000 && year <= 9999;
    }
}
