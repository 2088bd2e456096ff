package nl.entree.help.pages;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

import nl.entree.help.HelpConfig;

/** What every page shows: its language, and the quick exit. */
@ApplicationScoped
public class Page {

    private final HelpConfig config;

    public Page(HelpConfig config) {
        this.config = config;
    }

    /** Dutch unless English is asked for; nothing else is remembered about the visitor. */
    public static String language(String lang) {
        return "en".equals(lang) ? "en" : "nl";
    }

    public TemplateInstance of(Template template, String lang) {
        String language = language(lang);
        return template.data("lang", language)
                .data("otherLang", "en".equals(language) ? "nl" : "en")
                .data("exitUrl", config.exitUrl())
                .setAttribute("locale", Locale.forLanguageTag(language));
    }

    /** Where a reloaded step goes: the start, never an error, since the answers lived only in the page. */
    public static Response toStart(String lang) {
        return to("/", lang);
    }

    /** To a page that has its own address, in the language asked for. */
    static Response to(String path, String lang) {
        return Response.status(Response.Status.SEE_OTHER)
                .header("Location", "en".equals(lang) ? path + "?lang=en" : path).build();
    }

    /** Only the kind of a backend's failure, for a log line: never a message, which could quote what was sent. */
    public static String failure(RuntimeException e) {
        return e.getClass().getSimpleName()
                + (e instanceof WebApplicationException w ? " " + w.getResponse().getStatus() : "")
                + (e.getCause() == null ? "" : " (" + e.getCause().getClass().getSimpleName() + ")");
    }
}
