package nl.entree.web.pages;

/**
 * A page whose whole content comes from one service (a proxied report) could not be drawn because that service could
 * not be reached. {@link PageErrors} answers 503 with a page that says which, in the user's language.
 */
public class ServiceUnreachableException extends RuntimeException {

    private final String service;

    public ServiceUnreachableException(String service) {
        super(service + " could not be reached", null, false, false);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
