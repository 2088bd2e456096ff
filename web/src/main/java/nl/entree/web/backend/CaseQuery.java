package nl.entree.web.backend;

import java.util.List;

/**
 * The query of triage's case list; a null leaves that filter out. {@code contacts} are the contacts a client-code
 * search found in intake, so the client code itself never travels to triage.
 */
public record CaseQuery(String status, String priority, String overdue, String escalated, String region,
        String reference, List<String> contacts, String sort, int page, int size) {

    public static CaseQuery all(int size) {
        return new CaseQuery(null, null, null, null, null, null, null, null, 0, size);
    }

    public CaseQuery withStatus(String value) {
        return new CaseQuery(value, priority, overdue, escalated, region, reference, contacts, sort, page, size);
    }

    public CaseQuery onlyOverdue() {
        return new CaseQuery(status, priority, "true", escalated, region, reference, contacts, sort, page, size);
    }

    /** Offers not accepted by their respondBy, waiting in the coordinators' queue. */
    public CaseQuery onlyEscalated() {
        return new CaseQuery(status, priority, overdue, "true", region, reference, contacts, sort, page, size);
    }

    public CaseQuery withContacts(List<String> value) {
        return new CaseQuery(status, priority, overdue, escalated, region, reference, value, sort, page, size);
    }

    public CaseQuery withReference(String value) {
        return new CaseQuery(status, priority, overdue, escalated, region, value, contacts, sort, page, size);
    }

    public CaseQuery byDeadline() {
        return new CaseQuery(status, priority, overdue, escalated, region, reference, contacts, "deadline", page,
                size);
    }
}
