package nl.entree.web.pages;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page each form is sent from, found from the address it posts to. A form sent without a session (it ended on
 * the server, or was signed out in another tab) returns there after signing in, where the tab's draft comes back;
 * the start page instead would lose the form. Such a page is made of fixed words and ids only, never a typed value.
 */
final class FormPages {

    private static final String ID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    /** A form's address, and its page as a replacement ({@code $0}: the form's own address, also a page). */
    private record Rule(Pattern post, String page) {
        Rule(String post, String page) {
            this(Pattern.compile(post), page);
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule("/contacts(?:/preview)?", "/contacts/new"),
            new Rule("/cases/search", "/cases"),
            new Rule("/cases/" + ID + "/hours/" + ID, "$0"),
            new Rule("(/cases/" + ID + ")/.+", "$1"),
            new Rule("/board/replay", "/board"),
            new Rule("/board/cases/" + ID + "/reassign", "$0"),
            new Rule("/capacity/costs", "/capacity"),
            new Rule("/sociale-kaart/(?:centra|diensten)/" + ID, "$0"),
            new Rule("(/questions/" + ID + ")/answer", "$1"));

    private FormPages() {
    }

    /** The form's own page for a POST to {@code path}, if it is a form of web's pages. */
    static Optional<String> of(String path) {
        for (Rule rule : RULES) {
            Matcher m = rule.post().matcher(path);
            if (m.matches()) {
                return Optional.of(m.replaceFirst(rule.page()));
            }
        }
        return Optional.empty();
    }
}
