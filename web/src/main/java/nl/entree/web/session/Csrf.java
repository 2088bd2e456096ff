package nl.entree.web.session;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.RequestScoped;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

import nl.entree.web.WebConfig;

/**
 * CSRF protection bound to the session. A random value lives in an HttpOnly cookie; a signed-in user's forms carry
 * HMAC-SHA256(that value, the session: {@link Viewer#sessionBinding()}), the sign-in form (no session yet) the value
 * itself. A form token therefore works only for the session it was drawn for: after signing out or in again it is
 * refused, and a token seen in one session is useless in another. Another site can make the browser send the cookies
 * but can read neither of them.
 * <p>
 * Hand-made rather than quarkus-rest-csrf (read in its 3.33 source): unsigned, it is the plain double-submit cookie,
 * which OWASP advises against because a token planted in the cookie is accepted; signed, it draws a new token and
 * cookie on every page view, so the forms of a second open tab are refused, and a casemanager works in several. It
 * cannot bind a token to the session either, and refuses with a bare 400. This way needs no server-side key (the
 * cookie is the key), so every web pod accepts every form. {@link CsrfCheck} applies it to every request that can
 * change something.
 */
@RequestScoped
public class Csrf {

    public static final String FIELD = "csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpServerRequest request;
    private final Viewer viewer;
    private final WebConfig config;
    private String issued;
    private String toSet;

    public Csrf(HttpServerRequest request, Viewer viewer, WebConfig config) {
        this.request = request;
        this.viewer = viewer;
        this.config = config;
    }

    /**
     * The token for the forms on this page; issues a new cookie value when the browser has none yet. Either way the
     * cookie is set again with its full lifetime, so it lasts as long as someone works: a fixed lifetime counted from
     * the first page would refuse an evening shift's forms as "expired" while the session was still good.
     */
    public String token() {
        String base = issued != null ? issued : cookie();
        if (base == null) {
            base = renew();
        }
        toSet = base;
        return bound(base);
    }

    /**
     * A new cookie value for this browser, set on this response. Signing in draws one, so a value planted in the
     * browser before the session, or left from the one before, is not the one its forms are bound to.
     */
    public String renew() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        issued = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        toSet = issued;
        return issued;
    }

    /** The cookie value to set on the response (new or renewed), or null when this request needs none. */
    public String cookieToSet() {
        return toSet;
    }

    /** The cookie's lifetime: a whole session, counted again from every page that carries a form token. */
    public int cookieSeconds() {
        return config.sessionHours() * 3600;
    }

    /**
     * The form token for this browser once its development session is {@code jti}: a page whose session was extended
     * keeps its forms working with it.
     */
    public String tokenForSession(String jti) {
        String base = cookie();
        // An extended session keeps its page: the cookie is renewed to last as long as the new session.
        toSet = base;
        return base == null ? null : forSession(base, jti);
    }

    public void verify(String submitted) {
        String base = cookie();
        String expected = base == null ? null : bound(base);
        if (expected == null || submitted == null || submitted.isEmpty() || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8))) {
            throw new CsrfRejectedException();
        }
    }

    public void verifyHeader() {
        verify(request.getHeader(HEADER));
    }

    private String bound(String base) {
        return viewer.sessionBinding().map(session -> forSession(base, session)).orElse(base);
    }

    /**
     * The form token of the session {@code session} (a development token's {@code jti}, a provider's {@code sid})
     * for the browser whose CSRF cookie holds {@code cookie}.
     */
    public static String forSession(String cookie, String session) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(cookie.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(session.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private String cookie() {
        Cookie c = request.getCookie(SessionCookies.CSRF);
        return c == null || c.getValue().isEmpty() ? null : c.getValue();
    }
}
