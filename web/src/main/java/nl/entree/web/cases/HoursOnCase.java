package nl.entree.web.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.entree.web.backend.CaseHours;
import nl.entree.web.backend.TimeEntry;

/**
 * The hours capacity-service lists on a case, in the shape the page draws: each line in hours and minutes, corrected
 * lines marked, and the total of the lines in force (capacity's own, so the page never sums differently).
 */
public record HoursOnCase(Duration total, List<Line> lines) {

    /** Minutes as hours and minutes, for "1 u 30 min". */
    public record Duration(int minutes) {

        public int h() {
            return minutes / 60;
        }

        public int m() {
            return minutes % 60;
        }
    }

    /**
     * One entry. {@code replaced}: a correction took its place and it no longer counts; {@code correction}: it
     * corrects an earlier entry.
     */
    public record Line(UUID id, LocalDate date, String activity, Duration time, Instant registeredAt,
            boolean replaced, boolean correction) {
    }

    static HoursOnCase from(CaseHours answer) {
        List<TimeEntry> entries = answer.entries() == null ? List.of() : answer.entries();
        List<Line> lines = entries.stream().map(e -> new Line(e.id(), e.date(), e.activity(),
                new Duration(e.minutes()), e.registeredAt(), e.correctedBy() != null, e.corrects() != null)).toList();
        return new HoursOnCase(new Duration((int) answer.totalMinutes()), lines);
    }
}
