package nl.entree.web.session;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.enterprise.context.RequestScoped;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * Double-submit CSRF protection: a random value in an HttpOnly cookie, repeated in every form (a hidden field) and in
 * every script request (the X-CSRF-Token header, read from the page's meta tag). Another site can make the browser
 * send the cookie, but it cannot read it to put it in the form.
 */
@RequestScoped
public class Csrf {

    public static final String FIELD = "csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpServerRequest request;
    private String issued;

    public Csrf(HttpServerRequest request) {
        this.request = request;
    }

    /** The token for the forms on this page; issues a new one when the browser has none yet. */
    public String token() {
        String existing = cookie();
        if (existing != null) {
            return existing;
        }
        if (issued == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            issued = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        return issued;
    }

    /** A token issued on this request, to be set as a cookie on the response. */
    public String issued() {
        return issued;
    }

    public void verify(String submitted) {
        String expected = cookie();
        if (expected == null || submitted == null || submitted.isEmpty() || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8))) {
            throw new CsrfRejectedException();
        }
    }

    public void verifyHeader() {
        verify(request.getHeader(HEADER));
    }

    private String cookie() {
        Cookie c = request.getCookie(SessionCookies.CSRF);
        return c == null || c.getValue().isEmpty() ? null : c.getValue();
    }
}
