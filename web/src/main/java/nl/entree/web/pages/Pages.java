package nl.entree.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import nl.entree.web.WebConfig;
import nl.entree.web.session.Csrf;
import nl.entree.web.session.Language;
import nl.entree.web.session.Viewer;

/**
 * Gives every page what the frame needs: who is signed in, the CSRF token for its forms, the language, and whether
 * this is a demonstration (anyone may sign in as anyone there, so nothing in it is real and nothing real belongs in it).
 */
@RequestScoped
public class Pages {

    private final Viewer viewer;
    private final Csrf csrf;
    private final Language language;
    private final HttpServerRequest request;
    private final boolean demo;

    public Pages(Viewer viewer, Csrf csrf, Language language, HttpServerRequest request, WebConfig config) {
        this.viewer = viewer;
        this.request = request;
        this.csrf = csrf;
        this.language = language;
        this.demo = config.devSignIn();
    }

    /** Where the user is, so that the menu can mark the current page ({@code aria-current}). */
    public record Here(String path) {

        public boolean at(String section) {
            return path != null && (path.equals(section) || path.startsWith(section + "/"));
        }
    }

    /**
     * A 303 to a path of this site, with the Location header exactly as given. JAX-RS's {@code seeOther} makes it
     * absolute from the request's Host header, which a client chooses: a forged Host would send the browser away.
     */
    public static Response.ResponseBuilder redirect(String localPath) {
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, localPath);
    }

    public TemplateInstance of(Template template) {
        return template.data("viewer", viewer)
                .data("csrf", csrf.token())
                .data("lang", language.tag())
                .data("here", new Here(request.path()))
                .data("demo", demo)
                .setAttribute("locale", language.locale());
    }
}
