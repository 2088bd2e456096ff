package nl.entree.web.pages;

import java.util.Map;

/**
 * The page of a list the address asks for ({@code pagina}), counted from 1 as the screen shows it; shared by the lists
 * that page (cases, questions), so a page number reads the same on each.
 */
public final class PageNumber {

    /** Far beyond any list's last page, so a number past it is a wrong address, not a page to ask a service for. */
    private static final int MAX = 100_000;

    private PageNumber() {
    }

    /** The page asked for, or 1; a value that is no page is named in {@code invalid} as {@code pagina}. */
    public static int read(String page, Map<String, String> invalid) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(page.strip());
            if (n >= 1 && n <= MAX) {
                return n;
            }
        } catch (NumberFormatException e) {
            // named below, like a number out of range
        }
        invalid.put("pagina", page);
        return 1;
    }
}
