package nl.entree.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;

import nl.entree.common.problem.ProblemException;
import nl.entree.web.session.CsrfRejectedException;
import nl.entree.web.session.SessionCookies;

/**
 * The browser gets pages, not problem+json: no session leads to the sign-in page, a wrong role or a missing CSRF token
 * to a page that says so. These outrank the problem+json mappers that web shares with the services.
 */
public class PageErrors {

    private final Pages pages;
    private final Template error;

    public PageErrors(Pages pages, @Location("error.html") Template error) {
        this.pages = pages;
        this.error = error;
    }

    @ServerExceptionMapper(priority = 0)
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return Pages.redirect(signInReturningTo(request)).build();
    }

    @ServerExceptionMapper(priority = 0)
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return Pages.redirect(signInReturningTo(request)).cookie(SessionCookies.expired(SessionCookies.SESSION))
                .build();
    }

    /**
     * A page asked for without a session comes back after signing in. Only a GET's path and query: they never hold
     * anything about a person. A POST's answer is no page to return to, but the form's own page is ({@link FormPages}).
     */
    private static String signInReturningTo(HttpServerRequest request) {
        String back = HttpMethod.GET.equals(request.method()) ? request.uri()
                : FormPages.of(request.path()).orElse("/");
        if ("/".equals(back) || "/".equals(request.path())) {
            return "/sign-in";
        }
        return "/sign-in?terug=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }

    @ServerExceptionMapper(priority = 0)
    public Response forbidden(ForbiddenException e) {
        return page(403, "forbidden");
    }

    /**
     * An address that does not exist gets a page in the user's language, not the JSON the services answer with. No
     * resource method matched, so this runs on the event loop; the page needs the signed-in user, which may block.
     */
    @ServerExceptionMapper(priority = 0)
    public Uni<Response> notFound(NotFoundException e) {
        return Uni.createFrom().item(() -> page(404, "not_found"))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /**
     * An address with a value no page can take before any page runs (common's {@code NoNulParameters}: a NUL in a
     * path or query): a page, as for an address that does not exist, not the services' problem+json.
     */
    @ServerExceptionMapper(priority = 0)
    public Response refused(ProblemException e) {
        return page(e.problem().status(), "not_found");
    }

    /**
     * What the framework refuses before any page runs: a GET of an address that only takes a form's POST (a reload, a
     * restored tab, a copied link) or a form value it cannot convert. Web has no client that reads problem+json, so
     * the browser gets a page with the menu, in the user's language, not the services' English JSON. Like an address
     * that does not exist, this may run on the event loop.
     */
    @ServerExceptionMapper(priority = 0)
    public Uni<Response> refusedByTheFramework(ClientErrorException e) {
        int status = e.getResponse().getStatus();
        String kind = status == 405 ? "not_allowed" : status == 404 ? "not_found" : "unreadable";
        return Uni.createFrom().item(() -> page(status, kind))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    @ServerExceptionMapper(priority = 0)
    public Response csrf(CsrfRejectedException e) {
        return page(403, "csrf");
    }

    @ServerExceptionMapper(priority = 0)
    public Response unreachable(ServiceUnreachableException e) {
        return Response.fromResponse(page(503, "unavailable", e.service())).header("Retry-After", "30").build();
    }

    private Response page(int status, String kind) {
        return page(status, kind, null);
    }

    private Response page(int status, String kind, String service) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(pages.of(error).data("kind", kind).data("service", service).render()).build();
    }
}
