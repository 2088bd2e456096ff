package nl.entree.common.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail. It never carries a stack trace, a class name or SQL. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(URI type, String title, int status, String detail, String instance, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field that was wrong, named by its JSON path, for example {@code contact.phone} or {@code rows[3]}. */
    public record Violation(String field, String message) {
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(URI.create("about:blank"), title, status, detail, null, List.of());
    }

    public static Problem of(int status, String title, String detail, List<Violation> violations) {
        return new Problem(URI.create("about:blank"), title, status, detail, null, List.copyOf(violations));
    }
}
