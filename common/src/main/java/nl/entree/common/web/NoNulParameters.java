package nl.entree.common.web;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import nl.entree.common.json.NoNulCharacters;
import nl.entree.common.problem.ProblemException;

/**
 * No path or query parameter may hold a NUL character (%00), for the reason {@link NoNulCharacters} gives for
 * bodies: PostgreSQL holds it in no text, so a series id, an audit object id or a scenario with one failed in the
 * query with a 500. Refused here, once for every parameter of every service, with the parameter's name.
 */
public class NoNulParameters {

    @ServerRequestFilter
    public void refuse(UriInfo uri) {
        refuse(uri.getPathParameters());
        refuse(uri.getQueryParameters());
    }

    private static void refuse(MultivaluedMap<String, String> parameters) {
        parameters.forEach((name, values) -> {
            for (String value : values) {
                if (value != null && value.indexOf(0) >= 0) {
                    throw ProblemException.badRequest(name, NoNulCharacters.NUL);
                }
            }
        });
    }
}
