package nl.entree.common.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The sentences the services write in English (a rule's rationale, a history line, a note), in Dutch. The services
 * keep one language so that their logs and APIs stay stable; whatever draws a Dutch page (web's screens, forecast's
 * Dutch report) translates them here, from one list: {@code i18n/service-texts-nl.json}. A sentence not listed there is
 * given back as written.
 */
public final class ServiceSentences {

    record Phrase(Pattern en, String nl) {
    }

    record Entry(String en, String nl) {
    }

    record File(String about, List<Entry> phrases) {
    }

    private static final List<Phrase> DUTCH = load();
    private static final Pattern CASE_TYPE_GROUP = Pattern.compile("#(\\d)");

    private ServiceSentences() {
    }

    /**
     * The sentence in Dutch. {@code #N} in a translation stands for group N read as a case type ({@code CSG_ACUTE}),
     * put into words by {@code caseType}, so that a note names what a reader knows, in the words of the page.
     */
    public static String dutch(String english, UnaryOperator<String> caseType) {
        for (Phrase p : DUTCH) {
            Matcher m = p.en().matcher(english.strip());
            if (m.matches()) {
                return m.replaceFirst(caseTypesInWords(p.nl(), m, caseType));
            }
        }
        return english;
    }

    private static String caseTypesInWords(String translation, Matcher english, UnaryOperator<String> caseType) {
        Matcher ref = CASE_TYPE_GROUP.matcher(translation);
        StringBuilder out = new StringBuilder();
        while (ref.find()) {
            String code = english.group(Integer.parseInt(ref.group(1)));
            ref.appendReplacement(out, Matcher.quoteReplacement(Matcher.quoteReplacement(caseType.apply(code))));
        }
        ref.appendTail(out);
        return out.toString();
    }

    private static List<Phrase> load() {
        try (InputStream in = ServiceSentences.class.getResourceAsStream("/i18n/service-texts-nl.json")) {
            File file = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(in, File.class);
            return file.phrases().stream().map(e -> new Phrase(Pattern.compile(e.en()), e.nl())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
