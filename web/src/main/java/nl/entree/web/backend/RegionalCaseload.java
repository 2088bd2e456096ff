package nl.entree.web.backend;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import nl.entree.common.vocabulary.Organisation;

/**
 * One line of triage's {@code GET /api/caseloads/regional-services}: an organisation's open work at one regional
 * service, or, for a {@code state} other than RESOLVED, its cases that have none resolved. The state stays a string
 * so that a state triage adds later does not fail the board.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegionalCaseload(Organisation organisation, UUID regionalServiceId, String name, String state,
        long open, long awaiting, long overdue) {

    /** A line the directory named: the rest are the cases whose regional service is not known (yet). */
    public boolean named() {
        return "RESOLVED".equals(state) && name != null;
    }
}
