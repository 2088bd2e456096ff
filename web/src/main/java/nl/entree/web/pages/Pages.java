package nl.entree.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import nl.entree.web.session.Csrf;
import nl.entree.web.session.Language;
import nl.entree.web.session.Viewer;

/** Gives every page what the frame needs: who is signed in, the CSRF token for its forms, and the language. */
@RequestScoped
public class Pages {

    private final Viewer viewer;
    private final Csrf csrf;
    private final Language language;

    public Pages(Viewer viewer, Csrf csrf, Language language) {
        this.viewer = viewer;
        this.csrf = csrf;
        this.language = language;
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
                .setAttribute("locale", language.locale());
    }
}
