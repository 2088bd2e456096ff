package nl.entree.web.backend;

/**
 * What web sends capacity about hours. Day and activity go as typed (null when left empty), so that capacity names
 * a wrong one beside its field, as it does for every other client.
 */
public final class TimeEntryRequests {

    private TimeEntryRequests() {
    }

    /** {@code POST /api/time-entries}. */
    public record NewEntry(String caseId, String caseType, Integer minutes, String date, String activity) {
    }

    /** {@code POST /api/time-entries/{id}/corrections}: what the entry should have said; 0 minutes withdraws it. */
    public record Correction(Integer minutes, String date, String activity) {
    }
}
