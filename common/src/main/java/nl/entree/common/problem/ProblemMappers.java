package nl.entree.common.problem;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.ext.web.RoutingContext;

import nl.entree.common.json.NoNulCharacters;

/**
 * Turns every failure into RFC 9457 problem+json. Bad input names the field; faults outside our reach
 * (the database, another service) become 503 so that clients know to retry; nothing else leaks.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    // By name: common does not depend on the transaction API, and the web front end has none.
    private static final Set<String> COMMIT_FAILURES = Set.of(
            "jakarta.transaction.RollbackException",
            "jakarta.transaction.HeuristicMixedException",
            "jakarta.transaction.HeuristicRollbackException");

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper(priority = 1)
    public Response validation(ValidationException e) {
        if (e instanceof ConstraintViolationException cve) {
            List<Problem.Violation> violations = new ArrayList<>();
            for (ConstraintViolation<?> v : cve.getConstraintViolations()) {
                violations.add(new Problem.Violation(fieldOf(v.getPropertyPath()), v.getMessage()));
            }
            violations.sort(Comparator.comparing(Problem.Violation::field));
            return respond(Problem.of(400, "Bad Request", "The request is not valid.", violations));
        }
        LOG.warnf("Validation could not run: %s", e.getClass().getSimpleName());
        return respond(Problem.of(400, "Bad Request", "The request is not valid."));
    }

    @ServerExceptionMapper(priority = 1)
    public Response json(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return field(pathOf(u), "unknown field");
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return field(pathOf(f), "must be one of " + java.util.Arrays.toString(f.getTargetType().getEnumConstants()));
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() == String.class) {
            return field(pathOf(f), NoNulCharacters.NUL);
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            String expected = m.getTargetType() == null ? "another type" : describe(m.getTargetType());
            return field(pathOf(m), "has the wrong type or format; expected " + expected);
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return field(pathOf(m), "is not valid");
        }
        if (e instanceof JsonParseException) {
            return respond(Problem.of(400, "Bad Request", "The body is not well-formed JSON."));
        }
        return respond(Problem.of(400, "Bad Request", "The body could not be read as the expected JSON."));
    }

    /** Declared apart because the JSON extension maps this subtype itself, with a body of its own shape. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthorizedResponse();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthorizedResponse();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(403, "Forbidden", "Your role does not allow this."));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException jpe) {
            return json(jpe);
        }
        // A parameter that could not be read: JAX-RS wraps the 400 that names it in a 404 or a 400 of its own.
        if (e.getCause() instanceof ProblemException named) {
            return respond(named.problem());
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        Response.StatusType type = e.getResponse().getStatusInfo();
        String detail = switch (status) {
            case 404 -> "There is nothing here.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "This representation is not available; ask for application/json.";
            case 415 -> "This content type is not supported here.";
            default -> type.getReasonPhrase();
        };
        return respond(Problem.of(status, type.getReasonPhrase(), detail));
    }

    @ServerExceptionMapper
    public Response circuitOpen(CircuitBreakerOpenException e) {
        return unavailable("A service this request depends on is unavailable. Try again shortly.");
    }

    @ServerExceptionMapper
    public Response timeout(TimeoutException e) {
        return unavailable("A service this request depends on did not answer in time. Try again shortly.");
    }

    /**
     * A body without a length that grows past {@code quarkus.http.limits.max-body-size} is answered by Quarkus itself
     * (an empty 413) before the read fails: the client has its answer, and there is no incident to investigate.
     */
    @ServerExceptionMapper
    public Response readAfterAnswer(IOException e, RoutingContext context) {
        if (context != null && context.response().ended()) {
            LOG.debugf("Reading a request failed after it was answered %d: %s", context.response().getStatusCode(),
                    causeChain(e));
            return Response.status(context.response().getStatusCode()).build();
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (isDatabaseUnavailable(e)) {
            return unavailable("The database is unavailable. Try again shortly.");
        }
        if (isContention(e)) {
            // A warning with the chain: a deadlock that comes back on every request is a lock-order bug of ours.
            LOG.warnf("Lost to other work on the same rows, answered 503: %s", causeChain(e));
            return unavailable("The database is busy with other work. Try again shortly.");
        }
        if (e.getCause() instanceof JsonProcessingException jpe) {
            return json(jpe);
        }
        if (causedBy(e, ClosedChannelException.class) || causedBy(e, HttpClosedException.class)) {
            // The connection closed while we read the request: the client left, or we are shutting down. Either way
            // there is nobody to answer and nothing of ours to investigate.
            LOG.debugf("Connection closed while reading a request: %s", causeChain(e));
            return unavailable("The connection closed before the request was read. Try again.");
        }
        String incident = UUID.randomUUID().toString();
        // Only the type and place: an exception message may quote the data that caused it.
        LOG.errorf("Unexpected failure %s: %s", incident, causeChain(e));
        return respond(Problem.of(500, "Internal Server Error",
                "Something went wrong on our side. Quote incident " + incident + " when you report it."));
    }

    /** True when the database is unreachable or overloaded, rather than something we did wrong. */
    public static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (isUnconfirmedCommit(t)) {
                return true;
            }
            if (t instanceof SQLTransientConnectionException || t instanceof java.net.ConnectException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            // Every pooled connection is busy for longer than the acquisition timeout: overload, so shed the load.
            // Agroal says so only in its message.
            if (t instanceof SQLException sql && sql.getSQLState() == null && sql.getMessage() != null
                    && sql.getMessage().contains("acquisition timeout")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * True when PostgreSQL chose this transaction to give way to another on the same rows, and the same request would
     * succeed a moment later: a deadlock or a serialization failure. Nothing is written, so a retry is safe. Not a lock
     * timeout: the audit chain's {@code lock_timeout} is there to turn a transaction waiting on itself into an error of
     * ours, which a retry would only repeat.
     */
    public static boolean isContention(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && List.of("40P01", "40001").contains(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * The connection died while the transaction manager committed. Narayana then reports the commit as rolled back
     * without a cause: a rollback we asked for, or a failed flush, always carries one. The outcome is for the
     * database to know, so the caller retries with the same idempotency key rather than hearing that we failed.
     */
    static boolean isUnconfirmedCommit(Throwable t) {
        return t.getCause() == null && COMMIT_FAILURES.contains(t.getClass().getName());
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Each cause's type and the place it was thrown, outermost first; never a message. */
    static String causeChain(Throwable e) {
        StringBuilder chain = new StringBuilder();
        int depth = 0;
        for (Throwable t = e; t != null && depth < 8; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (depth > 0) {
                chain.append(" <- ");
            }
            chain.append(t.getClass().getName()).append(" at ")
                    .append(t.getStackTrace().length > 0 ? t.getStackTrace()[0] : "?");
        }
        return chain.toString();
    }

    private static Response unavailable(String detail) {
        Problem p = Problem.of(503, "Service Unavailable", detail);
        return Response.status(503).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, "5").entity(p).build();
    }

    private static Response unauthorizedResponse() {
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(Problem.of(401, "Unauthorized", "A valid bearer token is required.")).build();
    }

    private static Response field(String field, String message) {
        return respond(Problem.of(400, "Bad Request", "The request is not valid.",
                List.of(new Problem.Violation(field, message))));
    }

    public static Response respond(Problem p) {
        if (p.status() == 503) {
            return unavailable(p.detail());
        }
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type.isRecord() || java.util.Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    /**
     * {@code register.request.contact.phone} becomes {@code contact.phone}: the caller knows only the JSON.
     * A constraint on a query or path parameter names the parameter itself.
     */
    static String fieldOf(Path path) {
        String parameter = null;
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            // Bean Validation puts a list index on the node after the list: lines, cases[0] means lines[0].cases.
            if (node.isInIterable() && !sb.isEmpty() && (node.getIndex() != null || node.getKey() != null)) {
                sb.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() == null || node.getName().startsWith("<")) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            sb.append(node.getName());
        }
        if (!sb.isEmpty()) {
            return sb.toString();
        }
        return parameter == null ? "body" : parameter;
    }
}
