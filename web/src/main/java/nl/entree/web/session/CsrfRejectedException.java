package nl.entree.web.session;

/** A form or script request without the page's CSRF token. */
public class CsrfRejectedException extends RuntimeException {

    public CsrfRejectedException() {
        super("CSRF token missing or wrong", null, false, false);
    }
}
