package nl.entree.web.backend;

import java.util.function.Supplier;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;

/**
 * One part of a page and what its service answered. A service that is down fails its own panel only: the page still
 * renders, and the panel says which service could not be reached.
 */
public record ServiceAnswer<T>(T value, Failure failure) {

    public enum Failure {
        UNAVAILABLE, FORBIDDEN, NOT_FOUND,
        /** 422: the service understood the question but has too little to answer it (a forecast without history). */
        UNPROCESSABLE
    }

    private static final Logger LOG = Logger.getLogger(ServiceAnswer.class);

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
}
