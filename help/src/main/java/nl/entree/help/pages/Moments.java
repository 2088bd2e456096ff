package nl.entree.help.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

import nl.entree.common.time.DutchTime;

/**
 * {@code {moment.spoken}}: when a service opens or closes, as people in the Netherlands read the clock; on a date, the
 * day as they say it ("vrijdag 25 december").
 */
@TemplateExtension
public class Moments {

    static String spoken(Instant moment, @TemplateAttribute("locale") Object locale) {
        Locale language = locale instanceof Locale l ? l : Locale.forLanguageTag("nl");
        String pattern = "en".equals(language.getLanguage()) ? "EEEE d MMMM, HH:mm" : "EEEE d MMMM, HH:mm 'uur'";
        return DateTimeFormatter.ofPattern(pattern, language).withZone(DutchTime.ZONE).format(moment);
    }

    static String spoken(LocalDate day, @TemplateAttribute("locale") Object locale) {
        Locale language = locale instanceof Locale l ? l : Locale.forLanguageTag("nl");
        return DateTimeFormatter.ofPattern("EEEE d MMMM", language).format(day);
    }
}
