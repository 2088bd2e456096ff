package nl.entree.intake;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;

import nl.entree.common.problem.ProblemException;

/**
 * Query and path parameters parsed by hand: JAX-RS answers a parameter it cannot convert with 404, and a
 * caller deserves a 400 that names the parameter.
 */
public final class Params {

    private Params() {
    }

    public static UUID uuid(String name, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, "must be a UUID");
        }
    }

    public static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "must be a date as YYYY-MM-DD");
        }
    }

    public static YearMonth month(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest(name, "is required, as YYYY-MM");
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "must be a month as YYYY-MM");
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static int intValue(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                throw ProblemException.badRequest(name, "must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name, "must be a whole number");
        }
    }
}
