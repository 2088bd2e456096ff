package nl.entree.help.pages;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

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
}
