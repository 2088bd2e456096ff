package nl.entree.capacity.timeentries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.common.contract.Activity;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;

@Schema(name = "TimeEntry")
public record TimeEntryView(UUID id, UUID caseId, Organisation organisation, CaseType caseType, int minutes,
        LocalDate date, Activity activity, Instant registeredAt,
        @Schema(description = "The entry this one corrects; null for a first registration") UUID corrects,
        @Schema(description = "The entry that corrects this one; null while this one is in force") UUID correctedBy) {

    static TimeEntryView of(TimeEntry e, UUID correctedBy) {
        return new TimeEntryView(e.id, e.caseId, e.organisation, e.caseType, e.minutes, e.workDate, e.activity,
                e.registeredAt, e.corrects, correctedBy);
    }
}
