package nl.entree.intake.questions;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question is plain text. Links and markup are refused: a casemanager should never be one click from a page that
 * someone who is not asking for help put there, and refusing them takes the point out of spamming this form.
 */
final class QuestionText {

    static final int MAX_LENGTH = 2000;

    // Endings that make a bare "name.ending" a web address. Endings that are also short Dutch or English words
    // ("de", "be", "en", "in", "is", "me", "to", "nu", "op", "it" ...) are left out: people type no space after a full
    // stop on a phone, and "15 jaar.de leraar" or "bang.de man" must reach a casemanager. An address with one of
    // those endings is still refused when a scheme, "www.", a path or an "@" shows it for one ("example.de/pad").
    private static final String DOMAINS = "nl|com|net|org|info|io|eu|ru|xyz|top|biz|ly|cc";
    // An address is written in one case, "evil.nl" or "EVIL.NL". A sentence typed without a space after its full stop
    // puts the next sentence's capitalised first word behind the dot, and Dutch words such as "net" and "top" are
    // endings of domains too: read without regard to case, "goed.Net" and "echt top.Top" would be refused as links.
    private static final Pattern LINK = Pattern.compile("(?i:\\b[a-z][a-z0-9+.-]*://|\\bwww\\.)"
            + "|(?i:\\b[a-z0-9-]+)\\.(?:" + DOMAINS + "|" + DOMAINS.toUpperCase(Locale.ROOT) + ")\\b"
            + "|(?i:\\b[a-z0-9-]+)\\.(?:[a-z]{2,}|[A-Z]{2,})/"
            + "|(?i:[a-z0-9._%+-]@[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,})\\b");
    private static final Pattern MARKUP = Pattern.compile("(?i)(<\\s*/?\\s*[a-z!]|&#?[a-z0-9]+;|\\[/?url)");

    private QuestionText() {
    }

    /**
     * The question as stored: trimmed, with its line breaks. Refused with a 400 that names the field and, in its type,
     * the reason ({@link QuestionRefusal}). Checked here rather than by Bean Validation, whose problem has no type.
     */
    static String checked(String question) {
        String text = question.strip();
        if (text.isEmpty()) {
            throw QuestionRefusal.EMPTY.exception();
        }
        // In UTF-16 units, as the browser's maxlength and help count: an emoji is two.
        if (question.length() > MAX_LENGTH) {
            throw QuestionRefusal.TOO_LONG.exception();
        }
        if (LINK.matcher(text).find()) {
            throw QuestionRefusal.HAS_LINK.exception();
        }
        if (MARKUP.matcher(text).find()) {
            throw QuestionRefusal.HAS_MARKUP.exception();
        }
        return text;
    }
}
