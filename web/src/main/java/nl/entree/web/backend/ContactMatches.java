package nl.entree.web.backend;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * intake's {@code POST /api/contacts/search} by client code (its {@code ContactPage}), read for the contact ids
 * only: the case search hands those to triage and shows nothing else of the contacts.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactMatches(List<Match> items, int page, int size, long total) {

    /**
     * What is asked: the code in the body, never in a URL. {@code clientCodeIssuer} null: a code the caller's own
     * organisation agreed with the client.
     */
    public record ByClientCode(String clientCode, String clientCodeIssuer, int size) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Match(UUID id) {
    }
}
