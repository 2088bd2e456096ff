package nl.entree.web.session;

import jakarta.ws.rs.core.NewCookie;

/** The cookies web sets. All are HttpOnly, Secure and SameSite=Strict: see docs/ui.md for why Strict. */
public final class SessionCookies {

    public static final String SESSION = "entree_session";
    public static final String CSRF = "entree_csrf";
    public static final String LANGUAGE = "entree_lang";

    private SessionCookies() {
    }

    public static NewCookie of(String name, String value, int maxAgeSeconds) {
        return new NewCookie.Builder(name)
                .value(value)
                .path("/")
                .maxAge(maxAgeSeconds)
                .httpOnly(true)
                .secure(true)
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }

    public static NewCookie expired(String name) {
        return of(name, "", 0);
    }
}
