package nl.entree.intake.questions;

import java.util.regex.Pattern;

import nl.entree.common.problem.ProblemException;

/**
 * A question is plain text. Links and markup are refused: a casemanager should never be one click from a page that
 * someone who is not asking for help put there, and refusing them takes the point out of spamming this form.
 */
final class QuestionText {

    static final int MAX_LENGTH = 2000;

    private static final Pattern LINK = Pattern.compile(
            "(?i)(\\b[a-z][a-z0-9+.-]*://|\\bwww\\.|\\b[a-z0-9-]+\\.(nl|com|net|org|info|io|eu|be|de|ru|xyz|top|biz|ly)\\b)");
    private static final Pattern MARKUP = Pattern.compile("(?i)(<\\s*/?\\s*[a-z!]|&#?[a-z0-9]+;|\\[/?url)");

    private QuestionText() {
    }

    /** The question as stored: trimmed, with its line breaks. Refused with a 400 that names the field. */
    static String checked(String question) {
        String text = question.strip();
        if (LINK.matcher(text).find()) {
            throw ProblemException.badRequest("question", "must not contain links or web addresses");
        }
        if (MARKUP.matcher(text).find()) {
            throw ProblemException.badRequest("question", "must be plain text, without HTML");
        }
        return text;
    }
}
