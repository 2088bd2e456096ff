package nl.entree.web.backend;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.entree.common.problem.Problem;

/**
 * What a service said when it refused a change: field errors to show next to the fields, or a message for the whole
 * form. A service that could not be reached is {@link #unavailable()}; a question intake cannot decrypt is
 * {@link #questionUnreadable()}, the one 500 that is not read as unreachable.
 */
public record ServiceRefusal(int status, String detail, Map<String, String> fields, Map<String, Integer> rows) {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    /**
     * A length limit as the services word it: Hibernate Validator's default for {@code @Size} in English or Dutch
     * (triage), or intake's own "must be at most 4000 characters".
     */
    private static final Pattern LIMIT = Pattern.compile("(?:between \\d+ and|tussen \\d+ en|at most) (\\d+)");

    public ServiceRefusal(int status, String detail, Map<String, String> fields) {
        this(status, detail, fields, Map.of());
    }

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public static ServiceRefusal of(RuntimeException e) {
        if (e instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            if (status >= 500) {
                // Trying again helps with any failure of a service but this one, which keeps its own status.
                boolean unreadable = status == 500
                        && ServiceAnswer.unreadable(w) == ServiceAnswer.Failure.QUESTION_UNREADABLE;
                return new ServiceRefusal(unreadable ? 500 : 503, null, Map.of());
            }
            try {
                String body = w.getResponse().readEntity(String.class);
                Problem p = JSON.readValue(body, Problem.class);
                Map<String, String> fields = new LinkedHashMap<>();
                Map<String, Integer> rows = new LinkedHashMap<>();
                List<Problem.Violation> violations = p.violations() == null ? List.of() : p.violations();
                for (Problem.Violation v : violations) {
                    // One message per field: "incidentTypes[2]" is the incident-types field, shown at its row 2.
                    String field = INDEX.matcher(v.field()).replaceAll("");
                    fields.merge(field, v.message(), (a, b) -> a + "; " + b);
                    Matcher index = INDEX.matcher(v.field());
                    if (index.find()) {
                        rows.putIfAbsent(field, Integer.parseInt(index.group(1)));
                    }
                }
                return new ServiceRefusal(status, p.detail(), fields, rows);
            } catch (RuntimeException | java.io.IOException unreadable) {
                return new ServiceRefusal(status, null, Map.of());
            }
        }
        if (e instanceof ProcessingException
                || e instanceof org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException) {
            return new ServiceRefusal(503, null, Map.of());
        }
        throw e;
    }

    /**
     * A field web itself could not read (a duration such as "anderhalf"), refused before any service is asked; the
     * page words it like a service's refusal of that field ({@code Msg.field_error}).
     */
    public static ServiceRefusal onField(String field) {
        return new ServiceRefusal(400, null, Map.of(field, field));
    }

    /**
     * As {@link #onField(String)}, for a value web read but will not guess at (a time "1.30"): the page words it as
     * {@code field.reason} in {@code Msg.field_error} (see {@link #messageKey(String, String)}), or with the value
     * itself where a question names it ({@link #refusedValue}).
     */
    public static ServiceRefusal onField(String field, String reason, String value) {
        return new ServiceRefusal(400, null, Map.of(field, field + "." + reason + ":" + value));
    }

    /** The key {@code Msg.field_error} words a field's refusal by: the field, or web's own reason for it. */
    public static String messageKey(String field, String message) {
        if (message == null || !message.startsWith(field + ".")) {
            return field;
        }
        int value = message.indexOf(':');
        return value < 0 ? message : message.substring(0, value);
    }

    /** The value of a refusal by {@link #onField(String, String, String)} for this reason, else null. */
    public static String refusedValue(String field, String reason, String message) {
        String prefix = field + "." + reason + ":";
        return message != null && message.startsWith(prefix) ? message.substring(prefix.length()) : null;
    }

    /** The service that would have to answer could not be reached. */
    public static ServiceRefusal unreachable() {
        return new ServiceRefusal(503, null, Map.of());
    }

    /** No rejection: the form is shown for the first time. */
    public static ServiceRefusal none() {
        return new ServiceRefusal(0, null, Map.of());
    }

    public boolean rejected() {
        return status != 0;
    }

    public boolean hasFields() {
        return !fields.isEmpty();
    }

    public boolean unavailable() {
        return status == 503;
    }

    /**
     * intake holds the question but no key opens it or its answer (docs/intake.md, "Values no key opens"), so it stored
     * nothing; unlike {@link #unavailable()}, sending it again will never help.
     */
    public boolean questionUnreadable() {
        return status == 500;
    }

    public boolean notAllowed() {
        return status == 401 || status == 403;
    }

    /**
     * The longest text a service takes, when its message for a field is about length; else null. A text refused as too
     * long must not be answered with "write the reason", next to a textarea the browser already stopped at its limit.
     */
    public static Integer limit(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = LIMIT.matcher(message);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    public String field(String name) {
        return fields.get(name);
    }

    /** The row of a repeated field the service named first ({@code phones[1].number} is row 1); else row 0. */
    public int row(String name) {
        return rows.getOrDefault(name, 0);
    }

    /** The element id of a field on the page, for the error summary's links: {@code contact.name} is {@code contact-name}. */
    public String anchor(String field) {
        return field.replace('.', '-');
    }
}
