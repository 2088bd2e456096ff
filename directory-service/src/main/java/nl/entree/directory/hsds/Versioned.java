package nl.entree.directory.hsds;

import jakarta.ws.rs.core.EntityTag;

import nl.entree.common.problem.ProblemException;

/**
 * A record as stored, with the version its readers are told as its ETag. A correction sends that version back as
 * If-Match, so that it is refused when someone else corrected the record in between.
 */
public record Versioned<T>(T document, long version) {

    public EntityTag etag() {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Refuses a change made on another version than the one stored: someone changed the record after the editor read
     * it, and the change would put back what the editor saw. Without {@code basedOn} (no If-Match) nothing is checked.
     */
    public static void requireUnchanged(Long basedOn, long stored, String whatHappened) {
        if (basedOn != null && basedOn != stored) {
            throw ProblemException.preconditionFailed(whatHappened);
        }
    }

    /** The version an If-Match header names; null when there is none. Only one strong tag is understood. */
    public static Long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String tag = header.strip();
        if (tag.matches("\"\\d{1,18}\"")) {
            return Long.parseLong(tag.substring(1, tag.length() - 1));
        }
        throw ProblemException.badRequest("If-Match", "must be the ETag this record was read with, such as \"3\"");
    }
}
