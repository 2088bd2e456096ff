package nl.entree.web.pages;


import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import nl.entree.web.session.SessionCookies;
import nl.entree.web.session.Viewer;

@Path("/")
public class HomeResource {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    private final Viewer viewer;

    public HomeResource(Viewer viewer) {
        this.viewer = viewer;
    }

    /** Each role starts on its own screen. */
    @GET
    public Response home() {
        return Pages.redirect(viewer.home()).build();
    }

    /** The language switch: a link, so it works without script; it changes nothing but the cookie. */
    @GET
    @Path("/language/{tag}")
    public Response language(@PathParam("tag") String tag, @QueryParam("back") String back) {
        String language = "en".equals(tag) ? "en" : "nl";
        return Pages.redirect(localPath(back))
                .cookie(SessionCookies.of(SessionCookies.LANGUAGE, language, ONE_YEAR))
                .build();
    }

    /**
     * Only a path on this site: an open redirect would let a phishing link borrow our name. Browsers drop tabs and
     * line breaks from a Location and read a backslash as a slash, so "/&lt;TAB&gt;/evil.example" would leave the site:
     * no white space or control character is let through at all.
     */
    public static String localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return "/";
        }
        return back;
    }
}
