package nl.entree.web.session;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/** Dutch unless the user chose English with the language switch (a cookie). */
@RequestScoped
public class Language {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final HttpServerRequest request;

    public Language(HttpServerRequest request) {
        this.request = request;
    }

    public Locale locale() {
        Cookie c = request.getCookie(SessionCookies.LANGUAGE);
        return c != null && "en".equals(c.getValue()) ? ENGLISH : DUTCH;
    }

    public String tag() {
        return locale().getLanguage();
    }
}
