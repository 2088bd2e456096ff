package nl.entree.common.web;

import java.util.regex.Pattern;

import nl.entree.common.problem.ProblemException;

/**
 * The {@code Idempotency-Key} header a client sends so that the same request sent again (a double click, a retry
 * after a timeout) is answered from what the first stored, instead of storing it twice.
 */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern WELL_FORMED = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private IdempotencyKey() {
    }

    /** The key, or null when none was sent; a key that is not 1 to 200 visible ASCII characters is a 400. */
    public static String optional(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        if (!WELL_FORMED.matcher(header).matches()) {
            throw ProblemException.badRequest(HEADER, "must be 1 to 200 visible ASCII characters");
        }
        return header;
    }
}
