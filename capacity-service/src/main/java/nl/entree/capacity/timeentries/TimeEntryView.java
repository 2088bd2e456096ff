package nl.entree.capacity.timeentries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;

@Schema(name = "TimeEntry")
public record TimeEntryView(UUID id, UUID caseId, Organisation organisation, CaseType caseType, int minutes,
        LocalDate date, Activity activity, Instant registeredAt) {

    static TimeEntryView of(TimeEntry e) {
        return new TimeEntryView(e.id, e.caseId, e.organisation, e.caseType, e.minutes, e.workDate, e.activity,
                e.registeredAt);
    }
}
