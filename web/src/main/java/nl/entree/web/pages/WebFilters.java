package nl.entree.web.pages;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import nl.entree.web.session.Csrf;
import nl.entree.web.session.SessionCookies;

public class WebFilters {

    private final Csrf csrf;

    public WebFilters(Csrf csrf) {
        this.csrf = csrf;
    }

    @ServerResponseFilter
    public void headers(ContainerResponseContext response) {
        if (csrf.cookieToSet() != null) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE,
                    SessionCookies.of(SessionCookies.CSRF, csrf.cookieToSet(), csrf.cookieSeconds()));
        }
        // Pages show cases and contacts: no copy may stay behind in a shared browser's cache.
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
