package nl.entree.intake.questions;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question is plain text. Links and markup are refused: a casemanager should never be one click from a page that
 * someone who is not asking for help put there, and refusing them takes the point out of spamming this form.
 */
final class QuestionText {

    static final int MAX_LENGTH = 2000;

    private static final String DOMAINS = "nl|com|net|org|info|io|eu|be|de|ru|xyz|top|biz|ly";
    // An address is written in one case, "evil.nl" or "EVIL.NL". A sentence typed without a space after its full stop
    // puts the next sentence's capitalised first word behind the dot, and Dutch words such as "de", "net" and "top"
    // are endings of domains too: read without regard to case, "bang.De" and "goed.Net" would be refused as links.
    private static final Pattern LINK = Pattern.compile("(?i:\\b[a-z][a-z0-9+.-]*://|\\bwww\\.)"
            + "|(?i:\\b[a-z0-9-]+)\\.(?:" + DOMAINS + "|" + DOMAINS.toUpperCase(Locale.ROOT) + ")\\b");
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
