package nl.entree.web.directory;

import java.util.regex.Pattern;

import io.quarkus.qute.TemplateExtension;

/** {@code {reach:tel(n)}} and {@code {reach:web(u)}}: the directory's numbers and addresses as safe links. */
@TemplateExtension(namespace = "reach")
public class ReachFormats {

    private static final Pattern NOT_DIALLED = Pattern.compile("[^0-9+]");

    /** "0800-0188" dials as {@code tel:08000188}; the number shown stays as the directory wrote it. */
    static String tel(Object number) {
        return number == null ? "" : NOT_DIALLED.matcher(number.toString()).replaceAll("");
    }

    /**
     * Only http(s) becomes a link: the directory is edited by people, and a {@code javascript:} address in it must
     * not run in a casemanager's session.
     */
    static boolean web(Object url) {
        if (url == null) {
            return false;
        }
        String u = url.toString().strip().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://");
    }
}
