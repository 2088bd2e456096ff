package nl.entree.help.pages;

import java.io.IOException;
import java.util.List;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;

import nl.entree.common.problem.ProblemException;
import nl.entree.common.problem.ProblemMappers;
import nl.entree.help.backend.ReachOption;
import nl.entree.help.finder.HelpFinder;

/**
 * A failure answered to a browser is a page of help's own: the quick exit, 112, and for a failure of ours (5xx) the
 * directory's national lines.
 * Someone who mistyped an address or followed a stale link may be in danger, and common's problem+json would leave
 * them on raw JSON without "Snel weg". Any other client (a script, an API caller, anything that takes any type) keeps
 * that problem+json. common's mappers still decide the status, the headers and what is logged; the page only replaces
 * the body, and quotes nothing of the request. Priority 0 outranks them, and Quarkus REST picks a mapper by the
 * exception's own class before its parents', so each class common maps and help can meet is named here.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    private final ProblemMappers problems;
    private final HelpFinder finder;
    private final Page page;
    private final Template error;

    public ErrorPages(ProblemMappers problems, HelpFinder finder, Page page, @Location("error.html") Template error) {
        this.problems = problems;
        this.finder = finder;
        this.page = page;
        this.error = error;
    }

    /** An address that names nothing (404), a method or body type a page does not take (405, 415). */
    @ServerExceptionMapper(priority = 0)
    public Uni<Response> web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        return answer(problems.web(e), headers, uri);
    }

    /** A value that is not among the choices: only a changed page or a script sends one. */
    @ServerExceptionMapper(priority = 0)
    public Uni<Response> problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        return answer(problems.problem(e), headers, uri);
    }

    @ServerExceptionMapper(priority = 0)
    public Uni<Response> circuitOpen(CircuitBreakerOpenException e, HttpHeaders headers, UriInfo uri) {
        return answer(problems.circuitOpen(e), headers, uri);
    }

    @ServerExceptionMapper(priority = 0)
    public Uni<Response> timeout(TimeoutException e, HttpHeaders headers, UriInfo uri) {
        return answer(problems.timeout(e), headers, uri);
    }

    @ServerExceptionMapper(priority = 0)
    public Uni<Response> readFailed(IOException e, RoutingContext context, HttpHeaders headers, UriInfo uri) {
        Response problem = problems.readAfterAnswer(e, context);
        // Quarkus has already answered (its 413 for a body sent in chunks): there is no page left to send.
        return context != null && context.response().ended() ? Uni.createFrom().item(problem)
                : answer(problem, headers, uri);
    }

    @ServerExceptionMapper(priority = 0)
    public Uni<Response> unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        return answer(problems.unexpected(e), headers, uri);
    }

    private Uni<Response> answer(Response problem, HttpHeaders headers, UriInfo uri) {
        if (!wantsPage(headers)) {
            return Uni.createFrom().item(problem);
        }
        String lang = uri.getQueryParameters().getFirst("lang");
        // The national lines come from the directory, a blocking call; an address that matched no page is mapped on
        // the event loop, where that call may not run.
        return Uni.createFrom().item(() -> page(problem, lang))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure().recoverWithItem(failed -> {
                    // Only the kind: whatever failed, the person still gets an answer with the right status.
                    LOG.errorf("The error page could not be made: %s", failed.getClass().getSimpleName());
                    return problem;
                });
    }

    private Response page(Response problem, String lang) {
        int status = problem.getStatus();
        // Without the directory the page still has 112: help never adds a number of its own. Only a failure of ours
        // asks the directory: a wrong address is what scanners send by the thousand, and each would be a call to it,
        // counted by the circuit that also guards the advice pages' numbers.
        List<ReachOption> national = status >= 500 ? finder.nationalLines() : List.of();
        String html = page.of(error, lang).data("kind", kind(status)).data("national", national).render();
        Response.ResponseBuilder answer = Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(html);
        String retryAfter = problem.getHeaderString(HttpHeaders.RETRY_AFTER);
        return retryAfter == null ? answer.build() : answer.header(HttpHeaders.RETRY_AFTER, retryAfter).build();
    }

    /** What the page says: the heading and the text differ for an address that does not exist and for our failures. */
    private static String kind(int status) {
        return status == 404 ? "NOT_FOUND" : status == 503 ? "UNAVAILABLE" : status >= 500 ? "FAILED" : "REFUSED";
    }

    /**
     * A browser names text/html before anything else it takes; quick-exit.js asks for text/html alone. A client that
     * takes anything first (REST Assured, curl, a script) or prefers JSON gets the problem+json it can read.
     */
    private static boolean wantsPage(HttpHeaders headers) {
        List<MediaType> acceptable;
        try {
            acceptable = headers.getAcceptableMediaTypes();
        } catch (RuntimeException unreadable) {
            return false;
        }
        for (MediaType type : acceptable) {
            if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                    || "problem+json".equals(type.getSubtype())) {
                return false;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE) && !type.isWildcardSubtype()) {
                return true;
            }
        }
        return false;
    }
}
