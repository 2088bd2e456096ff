package nl.entree.directory.params;

import java.time.Instant;

import nl.entree.common.problem.ProblemException;
import nl.entree.common.web.QueryParams;

/**
 * A moment in a query parameter ({@code at}, {@code modified_after}), limited to years 1 to 9999. Java parses
 * years up to a billion, but PostgreSQL's timestamps end in 294276 and the opening hours look a fortnight around the
 * moment, so a far-away year failed as a 500; no question the directory answers needs a year outside four digits.
 */
public final class Moments {

    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private Moments() {
    }

    /** The instant, or null when the parameter is absent; a 400 naming the parameter when it is out of range. */
    public static Instant optional(String name, String value) {
        Instant parsed = QueryParams.optionalInstant(name, value);
        if (parsed != null && (parsed.isBefore(EARLIEST) || parsed.isAfter(LATEST))) {
            throw ProblemException.badRequest(name, "must lie in the years 0001 to 9999");
        }
        return parsed;
    }
}
