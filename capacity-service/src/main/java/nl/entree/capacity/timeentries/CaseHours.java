package nl.entree.capacity.timeentries;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseHours", description = "Every entry on a case, oldest first, corrected ones included")
public record CaseHours(
        UUID caseId,
        @Schema(description = "Minutes of the entries that are in force: a corrected entry counts through its correction")
        long totalMinutes,
        List<TimeEntryView> entries) {
}
