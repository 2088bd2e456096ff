package nl.entree.web.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.qute.TemplateExtension;

/**
 * {@code {say:it(text)}}: a sentence a service wrote in English (a rule's rationale, a history line, a note), in the
 * page's language. The services keep one language so that their logs and APIs stay stable; the translations live here,
 * beside the other page texts, in {@code i18n/service-texts-nl.json}. A sentence not listed there is shown as written.
 */
@TemplateExtension(namespace = "say")
public class ServiceTexts {

    record Phrase(Pattern en, String nl) {
    }

    record Entry(String en, String nl) {
    }

    record File(String about, List<Entry> phrases) {
    }

    private static final List<Phrase> DUTCH = load();
    private static final Pattern CASE_TYPE_GROUP = Pattern.compile("#(\\d)");

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
        for (Phrase p : DUTCH) {
            Matcher m = p.en().matcher(english.strip());
            if (m.matches()) {
                return m.replaceFirst(caseTypesInWords(p.nl(), m));
            }
        }
        return english;
    }

    /**
     * {@code #N} in a translation stands for group N read as a case type ({@code CSG_ACUTE} becomes "CSG acuut"), so
     * that a note names what a reader knows, in the same words as the rest of the page.
     */
    private static String caseTypesInWords(String translation, Matcher english) {
        Matcher ref = CASE_TYPE_GROUP.matcher(translation);
        StringBuilder out = new StringBuilder();
        while (ref.find()) {
            String code = english.group(Integer.parseInt(ref.group(1)));
            ref.appendReplacement(out, Matcher.quoteReplacement(Matcher.quoteReplacement(
                    MessageBundles.get(Msg.class).case_type(code))));
        }
        ref.appendTail(out);
        return out.toString();
    }

    static boolean isDutch(Object locale) {
        String tag = locale instanceof Locale l ? l.getLanguage() : String.valueOf(locale);
        return locale == null || tag.startsWith("nl");
    }

    private static List<Phrase> load() {
        try (InputStream in = ServiceTexts.class.getResourceAsStream("/i18n/service-texts-nl.json")) {
            File file = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(in, File.class);
            return file.phrases().stream().map(e -> new Phrase(Pattern.compile(e.en()), e.nl())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
