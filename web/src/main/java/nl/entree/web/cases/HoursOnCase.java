package nl.entree.web.cases;

import java.util.List;
import java.util.Map;

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
    public record Line(String id, String date, String activity, Duration time, String registeredAt, boolean replaced,
            boolean correction) {
    }

    @SuppressWarnings("unchecked")
    static HoursOnCase from(Map<String, Object> answer) {
        List<Map<String, Object>> entries = answer.get("entries") instanceof List<?> l
                ? (List<Map<String, Object>>) l : List.of();
        List<Line> lines = entries.stream().map(e -> new Line(String.valueOf(e.get("id")), String.valueOf(e.get("date")),
                String.valueOf(e.get("activity")), new Duration(number(e.get("minutes"))),
                String.valueOf(e.get("registeredAt")), e.get("correctedBy") != null, e.get("corrects") != null))
                .toList();
        return new HoursOnCase(new Duration(number(answer.get("totalMinutes"))), lines);
    }

    private static int number(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }
}
