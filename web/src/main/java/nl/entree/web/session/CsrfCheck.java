package nl.entree.web.session;

import java.util.Set;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * One check for every request that can change something: the page's token in the form's {@code csrf} field or in
 * the {@code X-CSRF-Token} header (the routing preview and the session extension send it from script), so a form
 * added later cannot forget it. A refusal is the "form expired" page ({@link CsrfRejectedException}).
 * <p>
 * The check runs before the form is bound to the resource method, the same way quarkus-rest-csrf's filter reads it;
 * that extension itself is not used, see {@link Csrf} for why.
 */
public class CsrfCheck {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Csrf csrf;

    public CsrfCheck(Csrf csrf) {
        this.csrf = csrf;
    }

    @ServerRequestFilter
    @WithFormRead
    public void requireToken(ResteasyReactiveContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return;
        }
        String header = request.getHeaderString(Csrf.HEADER);
        if (header != null) {
            csrf.verify(header);
            return;
        }
        Object field = ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                .getFormParameter(Csrf.FIELD, true, false);
        csrf.verify(field instanceof String value ? value : null);
    }
}
