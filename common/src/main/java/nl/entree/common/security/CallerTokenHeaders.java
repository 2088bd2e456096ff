package nl.entree.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Put on a REST client with {@code @RegisterClientHeaders(CallerTokenHeaders.class)} to call another service with
 * the caller's own token, so that the service that owns the data decides what this caller may see: a case of another
 * organisation is a 404 there and therefore here.
 */
@ApplicationScoped
public class CallerTokenHeaders implements ClientHeadersFactory {

    private final JsonWebToken jwt;

    public CallerTokenHeaders(JsonWebToken jwt) {
        this.jwt = jwt;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        String raw = jwt.getRawToken();
        if (raw != null) {
            headers.putSingle("Authorization", "Bearer " + raw);
        }
        return headers;
    }
}
