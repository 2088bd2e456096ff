package nl.entree.capacity.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import nl.entree.common.problem.ProblemException;

/** Query parameters parsed here rather than by JAX-RS, so that a wrong value is a 400 naming it, not a 404. */
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
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "must be a date YYYY-MM-DD");
        }
    }
}
