package nl.entree.triage.rules;

import java.time.LocalDate;
import java.util.List;

import nl.entree.common.vocabulary.Organisation;

/**
 * What a candidate rule set would have done to past cases. {@code from}/{@code to} of a change are the lead
 * at triage time and under the candidate; null means "no lead: review".
 */
public record ReplayReport(int version, LocalDate from, LocalDate to, long evaluated, long unchanged, long changed,
        List<LeadChange> changes) {

    public record LeadChange(Organisation from, Organisation to, long count) {
    }
}
