package nl.entree.triage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import nl.entree.common.problem.ProblemException;

/** Query parameters read by hand, so that a bad value is a 400 naming the parameter rather than a 404. */
public final class Params {

    private Params() {
    }

    public static <E extends Enum<E>> E optionalEnum(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static LocalDate optionalDate(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "must be a date YYYY-MM-DD");
        }
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
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "must be a month YYYY-MM");
        }
    }

    public static Boolean optionalBoolean(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.badRequest(name, "must be true or false");
        };
    }

    public static int intInRange(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw ProblemException.badRequest(name, "must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name, "must be a whole number");
        }
    }
}
