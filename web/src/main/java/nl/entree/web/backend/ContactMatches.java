package nl.entree.web.backend;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * intake's {@code POST /api/contacts/search} by client code (its {@code ContactPage}), read for the contact ids and
 * whether their details are unreadable only: the case search hands the ids to triage and shows nothing else of the
 * contacts than that mark on their cases.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactMatches(List<Match> items, int page, int size, long total) {

    /**
     * What is asked: the code in the body, never in a URL. {@code clientCodeIssuer} null: a code the caller's own
     * organisation agreed with the client.
     */
    public record ByClientCode(String clientCode, String clientCodeIssuer, int size) {
    }

    /** {@code detailsUnreadable}: the casemanager may see this contact's details, but no key intake has opens them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Match(UUID id, boolean detailsUnreadable) {
    }
}
