package nl.entree.directory.hsds;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A web address the screens may make a link of: absolute http or https with a host. A {@code javascript:} or
 * {@code data:} address typed into the directory would run in the page of whoever follows it, the casemanager's or
 * the visitor's.
 */
public final class WebAddress {

    private WebAddress() {
    }

    public static boolean isWeb(String value) {
        if (value == null) {
            return false;
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
