package nl.entree.web.i18n;

import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.i18n.MessageBundles;

import nl.entree.common.i18n.ServiceSentences;

/**
 * {@code {say:it(text)}}: a sentence a service wrote in English (a rule's rationale, a history line, a note), in the
 * page's language, from common's {@link ServiceSentences}; a case type in it is named as the rest of the page names
 * it. A sentence not listed there is shown as written.
 */
@TemplateExtension(namespace = "say")
public class ServiceTexts {

    static String it(Object text, @TemplateAttribute("locale") Object locale) {
        if (text == null) {
            return "";
        }
        String english = text.toString();
        if (!isDutch(locale)) {
            return english;
        }
        return dutch(english);
    }

    public static String dutch(String english) {
        return ServiceSentences.dutch(english, code -> MessageBundles.get(Msg.class).case_type(code));
    }

    static boolean isDutch(Object locale) {
        String tag = locale instanceof Locale l ? l.getLanguage() : String.valueOf(locale);
        return locale == null || tag.startsWith("nl");
    }
}
