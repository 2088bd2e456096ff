package nl.entree.web.backend;

import java.io.IOException;
import java.net.URI;
import java.util.function.Supplier;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import nl.entree.common.problem.Problem;

/**
 * One part of a page and what its service answered. A service that is down fails its own panel only: the page still
 * renders, and the panel says which service could not be reached.
 */
public record ServiceAnswer<T>(T value, Failure failure) {

    public enum Failure {
        UNAVAILABLE, FORBIDDEN, NOT_FOUND,
        /** 422: the service understood the question but has too little to answer it (a forecast without history). */
        UNPROCESSABLE,
        /**
         * 400: the service refuses what the user asked (a period longer than it projects, a scenario that is not
         * there); the user can change the question, so it is not "unreachable" and not a 503.
         */
        BAD_REQUEST,
        /**
         * intake holds the contact but cannot decrypt its details (docs/intake.md, "Values no key opens"): trying again
         * will not help, so the page says to tell an administrator instead of "not reachable".
         */
        DETAILS_UNREADABLE,
        /**
         * intake holds a question from the front door but cannot decrypt it or its answer (docs/intake.md, "Values no
         * key opens"): as with contact details, trying again will not help.
         */
        QUESTION_UNREADABLE
    }

    /** The problem type of intake's 500 for a contact whose details no configured key opens. */
    private static final URI DETAILS_UNREADABLE_TYPE = URI.create("urn:entree:problem:contact-details-unreadable");
    /** The problem type of intake's 500 for a question, or its answer, that no configured key opens. */
    private static final URI QUESTION_UNREADABLE_TYPE = URI.create("urn:entree:problem:question-unreadable");

    private static final Logger LOG = Logger.getLogger(ServiceAnswer.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public static <T> ServiceAnswer<T> load(String service, Supplier<T> call) {
        try {
            return new ServiceAnswer<>(call.get(), null);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 401) {
                // The services refuse the session's token (signed out, perhaps through another web pod): so does web.
                throw new AuthenticationFailedException("The services no longer accept this session");
            }
            if (status == 403) {
                return new ServiceAnswer<>(null, Failure.FORBIDDEN);
            }
            if (status == 404) {
                return new ServiceAnswer<>(null, Failure.NOT_FOUND);
            }
            if (status == 422) {
                return new ServiceAnswer<>(null, Failure.UNPROCESSABLE);
            }
            if (status == 400) {
                return new ServiceAnswer<>(null, Failure.BAD_REQUEST);
            }
            Failure unreadable = status == 500 ? unreadable(e) : null;
            if (unreadable != null) {
                LOG.warnf("%s cannot decrypt the %s it holds", service,
                        unreadable == Failure.DETAILS_UNREADABLE ? "contact details" : "question");
                return new ServiceAnswer<>(null, unreadable);
            }
            if (status < 400) {
                // The REST client reports a body it could not read as a WebApplicationException with the answer's
                // status: a contract web and the service no longer share, or a proxy's page in place of JSON.
                LOG.warnf("%s answered %d with a body web could not read", service, status);
            } else {
                LOG.warnf("%s answered %d", service, status);
            }
            return new ServiceAnswer<>(null, Failure.UNAVAILABLE);
        } catch (ProcessingException | org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException e) {
            LOG.warnf("%s unreachable: %s", service, e.getClass().getSimpleName());
            return new ServiceAnswer<>(null, Failure.UNAVAILABLE);
        }
    }

    /**
     * The failure of its own a service's 500 is when its problem type says a value is stored but no key opens it; null
     * for any other answer. A refused change ({@link ServiceRefusal}) asks too, so both read the types the same way.
     */
    static Failure unreadable(WebApplicationException e) {
        URI type = problemType(e);
        if (DETAILS_UNREADABLE_TYPE.equals(type)) {
            return Failure.DETAILS_UNREADABLE;
        }
        return QUESTION_UNREADABLE_TYPE.equals(type) ? Failure.QUESTION_UNREADABLE : null;
    }

    /** The type of the problem+json a service answered, or null when its body is not one web can read. */
    private static URI problemType(WebApplicationException e) {
        try {
            return JSON.readValue(e.getResponse().readEntity(String.class), Problem.class).type();
        } catch (RuntimeException | IOException unreadable) {
            return null;
        }
    }

    /**
     * For a page about one thing: when the service says it does not exist for this user, the page is a 404 page (or a
     * 403 page), not an error panel in a 200.
     */
    public ServiceAnswer<T> requireFound() {
        if (failure == Failure.NOT_FOUND) {
            throw new NotFoundException();
        }
        if (failure == Failure.FORBIDDEN) {
            throw new ForbiddenException();
        }
        return this;
    }

    public boolean ok() {
        return failure == null;
    }

    public boolean unavailable() {
        return failure == Failure.UNAVAILABLE;
    }

    public boolean forbidden() {
        return failure == Failure.FORBIDDEN;
    }

    public boolean notFound() {
        return failure == Failure.NOT_FOUND;
    }

    public boolean unprocessable() {
        return failure == Failure.UNPROCESSABLE;
    }

    public boolean badRequest() {
        return failure == Failure.BAD_REQUEST;
    }

    public boolean detailsUnreadable() {
        return failure == Failure.DETAILS_UNREADABLE;
    }

    public boolean questionUnreadable() {
        return failure == Failure.QUESTION_UNREADABLE;
    }
}
