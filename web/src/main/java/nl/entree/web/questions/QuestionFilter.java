package nl.entree.web.questions;

import java.util.List;
import java.util.Map;

import nl.entree.web.pages.PageNumber;

/**
 * Which questions the list shows, read from the address so that a tab and a page can be bookmarked: open or answered,
 * and a page counted from 1 as the screen shows it. A value the tabs and pager do not make is named, not guessed.
 */
public record QuestionFilter(String state, int page) {

    static final String OPEN = "OPEN";
    static final String ANSWERED = "ANSWERED";
    private static final List<String> STATES = List.of(OPEN, ANSWERED);

    static QuestionFilter read(String state, String page, Map<String, String> invalid) {
        return new QuestionFilter(state(state, invalid), PageNumber.read(page, invalid));
    }

    public boolean answered() {
        return ANSWERED.equals(state);
    }

    /** The address of another page of the same tab. */
    public String pageLink(int to) {
        String tab = answered() ? "state=" + ANSWERED : null;
        String at = to == 1 ? null : "pagina=" + to;
        if (tab == null && at == null) {
            return "/questions";
        }
        return "/questions?" + (tab == null ? at : at == null ? tab : tab + "&" + at);
    }

    private static String state(String state, Map<String, String> invalid) {
        if (state == null || state.isBlank()) {
            return OPEN;
        }
        String s = state.strip();
        if (!STATES.contains(s)) {
            invalid.put("state", s);
            return OPEN;
        }
        return s;
    }
}
