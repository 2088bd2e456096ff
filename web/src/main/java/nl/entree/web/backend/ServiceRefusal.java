package nl.entree.web.backend;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.entree.common.problem.Problem;

/**
 * What a service said when it refused a change: field errors to show next to the fields, or a message for the whole
 * form. A service that could not be reached is {@link #unavailable()}.
 */
public record ServiceRefusal(int status, String detail, Map<String, String> fields) {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public static ServiceRefusal of(RuntimeException e) {
        if (e instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            if (status >= 500) {
                return new ServiceRefusal(503, null, Map.of());
            }
            try {
                String body = w.getResponse().readEntity(String.class);
                Problem p = JSON.readValue(body, Problem.class);
                Map<String, String> fields = new LinkedHashMap<>();
                List<Problem.Violation> violations = p.violations() == null ? List.of() : p.violations();
                for (Problem.Violation v : violations) {
                    // One message per field: "incidentTypes[2]" is the incident-types field.
                    fields.merge(v.field().replaceAll("\\[\\d+]", ""), v.message(), (a, b) -> a + "; " + b);
                }
                return new ServiceRefusal(status, p.detail(), fields);
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

    public boolean notAllowed() {
        return status == 401 || status == 403;
    }

    public String field(String name) {
        return fields.get(name);
    }

    /** The element id of a field on the page, for the error summary's links: {@code contact.name} is {@code contact-name}. */
    public String anchor(String field) {
        return field.replace('.', '-');
    }
}
