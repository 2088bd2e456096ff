package nl.entree.directory.opening;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.entree.directory.hsds.Schedule;

/**
 * Reads HSDS schedules as Dutch wall-clock hours. Every opening is turned into an interval of instants through
 * {@link ZonedDateTime} in Europe/Amsterdam, so a day on which the clocks change is 23 or 25 hours long and 08:30 is
 * 08:30 whichever offset applies. No library does RFC 5545 weekly rules with HSDS's dated exceptions on top, and
 * the subset HSDS uses (weekly {@code byday} with one opening and closing time) is small enough to read here.
 */
public final class OpeningHours {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** How far ahead "next opens" looks: past any holiday closure the directory records. */
    static final int HORIZON_DAYS = 14;

    static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);
    private static final Map<DayOfWeek, String> DUTCH = Map.of(DayOfWeek.MONDAY, "ma", DayOfWeek.TUESDAY, "di",
            DayOfWeek.WEDNESDAY, "wo", DayOfWeek.THURSDAY, "do", DayOfWeek.FRIDAY, "vr", DayOfWeek.SATURDAY, "za",
            DayOfWeek.SUNDAY, "zo");
    private static final String WORKDAYS = "MO,TU,WE,TH,FR";

    public static final String UNKNOWN_HOURS = "onbekend";

    private OpeningHours() {
    }

    private record Interval(Instant start, Instant end) {
        boolean contains(Instant t) {
            return !t.isBefore(start) && t.isBefore(end);
        }
    }

    /** Open or closed at {@code at}, and until or from when. */
    public static Openness at(List<Schedule> schedules, Instant at) {
        List<Schedule> all = schedules == null ? List.of() : schedules;
        String hours = describe(all);
        LocalDate today = at.atZone(AMSTERDAM).toLocalDate();
        List<Openness.OtherHours> otherHours = otherHours(all, today);
        if (intervalsOn(today, all).isEmpty()) {
            return new Openness(Openness.State.UNKNOWN, null, null, hours, otherHours);
        }
        List<Interval> intervals = new ArrayList<>();
        for (LocalDate d = today.minusDays(1); !d.isAfter(today.plusDays(HORIZON_DAYS)); d = d.plusDays(1)) {
            intervalsOn(d, all).ifPresent(intervals::addAll);
        }
        intervals.sort(Comparator.comparing(Interval::start));
        for (int i = 0; i < intervals.size(); i++) {
            if (intervals.get(i).contains(at)) {
                Instant horizonEnd = today.plusDays(HORIZON_DAYS + 1L).atStartOfDay(AMSTERDAM).toInstant();
                return new Openness(Openness.State.OPEN, closingAfter(intervals, i, horizonEnd), null, hours,
                        otherHours);
            }
        }
        Instant next = intervals.stream().map(Interval::start).filter(s -> s.isAfter(at)).findFirst().orElse(null);
        return new Openness(Openness.State.CLOSED, null, next, hours, otherHours);
    }

    /** The dated exceptions that cover a day from {@code today} to the end of the fortnight, first day first. */
    private static List<Openness.OtherHours> otherHours(List<Schedule> schedules, LocalDate today) {
        LocalDate horizon = today.plusDays(HORIZON_DAYS);
        return schedules.stream().filter(Schedule::isException)
                .filter(s -> !lastDay(s).isBefore(today) && !s.validFrom().isAfter(horizon))
                .sorted(Comparator.comparing(Schedule::validFrom))
                .map(s -> new Openness.OtherHours(s.validFrom(), lastDay(s), s.opensAt(), s.closesAt(),
                        s.description()))
                .toList();
    }

    private static LocalDate lastDay(Schedule exception) {
        return exception.validTo() == null ? exception.validFrom() : exception.validTo();
    }

    /**
     * The end of the run of touching intervals starting at {@code i}; none when the run reaches the end of the days
     * looked at (24/7). A run that merely is the last one found, because a long closure follows it, still closes.
     */
    private static Instant closingAfter(List<Interval> intervals, int i, Instant horizonEnd) {
        Instant end = intervals.get(i).end();
        for (int j = i + 1; j < intervals.size() && !intervals.get(j).start().isAfter(end); j++) {
            if (intervals.get(j).end().isAfter(end)) {
                end = intervals.get(j).end();
            }
        }
        return end.isBefore(horizonEnd) ? end : null;
    }

    /** The openings of one day; empty when the day's hours are unknown, an empty list when it is closed. */
    private static Optional<List<Interval>> intervalsOn(LocalDate day, List<Schedule> schedules) {
        List<Schedule> exceptions = schedules.stream().filter(Schedule::isException).filter(s -> covers(s, day))
                .toList();
        if (!exceptions.isEmpty()) {
            return Optional.of(exceptions.stream().filter(s -> s.opensAt() != null && s.closesAt() != null)
                    .map(s -> interval(day, s)).toList());
        }
        List<Schedule> weekly = schedules.stream().filter(s -> !s.isException()).filter(s -> s.byday() != null)
                .toList();
        if (weekly.isEmpty()) {
            return Optional.empty();
        }
        // Hours kept every day of the week are kept on a holiday too; office hours may not be, and the facts
        // seldom say: "onbekend" rather than an "open" that sends someone to a closed line.
        boolean officeHours = weekly.stream().anyMatch(s -> !Schedule.ALL_DAYS.equals(s.byday()));
        if (officeHours && DutchPublicHolidays.isHoliday(day)) {
            return Optional.empty();
        }
        String code = DAYS.entrySet().stream().filter(e -> e.getValue() == day.getDayOfWeek()).findFirst()
                .orElseThrow().getKey();
        return Optional.of(weekly.stream()
                .filter(s -> List.of(s.byday().split(",")).contains(code))
                .filter(s -> (s.validFrom() == null || !day.isBefore(s.validFrom()))
                        && (s.validTo() == null || !day.isAfter(s.validTo())))
                .filter(s -> s.opensAt() != null && s.closesAt() != null)
                .map(s -> interval(day, s)).toList());
    }

    private static boolean covers(Schedule exception, LocalDate day) {
        return !day.isBefore(exception.validFrom()) && !day.isAfter(lastDay(exception));
    }

    private static Interval interval(LocalDate day, Schedule s) {
        LocalTime opens = LocalTime.parse(s.opensAt());
        ZonedDateTime start = day.atTime(opens).atZone(AMSTERDAM);
        ZonedDateTime end;
        if (Schedule.END_OF_DAY.equals(s.closesAt())) {
            end = day.plusDays(1).atStartOfDay(AMSTERDAM);
        } else {
            LocalTime closes = LocalTime.parse(s.closesAt());
            // Closing at or before opening means the opening runs past midnight, as a night chat does.
            end = (closes.isAfter(opens) ? day : day.plusDays(1)).atTime(closes).atZone(AMSTERDAM);
        }
        return new Interval(start.toInstant(), end.toInstant());
    }

    /** The weekly hours in Dutch: "24/7", "ma–vr 09:00–17:00", or "onbekend". */
    public static String describe(List<Schedule> schedules) {
        List<Schedule> weekly = schedules.stream().filter(s -> !s.isException()).filter(s -> s.byday() != null)
                .toList();
        if (weekly.isEmpty()) {
            return UNKNOWN_HOURS;
        }
        if (weekly.stream().anyMatch(Schedule::isAlwaysOpen)) {
            return "24/7";
        }
        List<String> parts = new ArrayList<>();
        for (Schedule s : weekly) {
            String days = switch (s.byday()) {
                case Schedule.ALL_DAYS -> "dagelijks";
                case WORKDAYS -> "ma–vr";
                default -> String.join(", ", Arrays.stream(s.byday().split(","))
                        .map(code -> DUTCH.get(DAYS.get(code))).toList());
            };
            parts.add(days + " " + s.opensAt() + "–" + s.closesAt());
        }
        return String.join("; ", parts);
    }

    /** True for HH:MM from 00:00 to 23:59. */
    public static boolean isTime(String text) {
        return text != null && TIME.matcher(text).matches();
    }

    /** True for a comma-separated list of RFC 5545 day codes, each at most once. */
    public static boolean isByday(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String[] codes = text.split(",");
        return new HashSet<>(Arrays.asList(codes)).size() == codes.length
                && Arrays.stream(codes).allMatch(DAYS::containsKey);
    }
}
