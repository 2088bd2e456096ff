package nl.entree.directory.opening;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import nl.entree.common.time.DutchTime;
import nl.entree.directory.hsds.Schedule;

/**
 * Reads HSDS schedules as Dutch wall-clock hours. Every opening is turned into an interval of instants through
 * {@link ZonedDateTime} in Europe/Amsterdam, so a day on which the clocks change is 23 or 25 hours long and 08:30 is
 * 08:30 whichever offset applies. No library does RFC 5545 weekly rules with HSDS's dated exceptions on top, and
 * the subset HSDS uses (weekly {@code byday} with one opening and closing time) is small enough to read here.
 */
public final class OpeningHours {

    /** How far ahead "next opens" looks: past any holiday closure the directory records. */
    static final int HORIZON_DAYS = 14;

    static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);
    private static final Map<DayOfWeek, String> DUTCH = Map.of(DayOfWeek.MONDAY, "ma", DayOfWeek.TUESDAY, "di",
            DayOfWeek.WEDNESDAY, "wo", DayOfWeek.THURSDAY, "do", DayOfWeek.FRIDAY, "vr", DayOfWeek.SATURDAY, "za",
            DayOfWeek.SUNDAY, "zo");

    private static final List<DayOfWeek> WORKING_DAYS = List.copyOf(EnumSet.range(DayOfWeek.MONDAY,
            DayOfWeek.FRIDAY));

    public static final String UNKNOWN_HOURS = "onbekend";

    private OpeningHours() {
    }

    private record Interval(Instant start, Instant end) {
        boolean contains(Instant t) {
            return !t.isBefore(start) && t.isBefore(end);
        }
    }

    /**
     * Open or closed at {@code at}, and until or from when. "Next opens" and "closes at" look no further than the
     * first day whose hours nobody knows: an opening found beyond it need not be the next one.
     */
    public static Openness at(List<Schedule> schedules, Instant at) {
        List<Schedule> all = schedules == null ? List.of() : schedules;
        LocalDate today = at.atZone(DutchTime.ZONE).toLocalDate();
        Optional<Week> week = weekIn(all, today);
        String hours = week.map(Week::dutch).orElse(UNKNOWN_HOURS);
        List<Openness.WeeklyHours> rules = week.map(Week::rules).orElse(null);
        boolean roundTheClock = week.isPresent() && week.get().roundTheClock();
        List<Openness.OtherHours> otherHours = otherHours(all, today);
        Optional<List<Interval>> todays = intervalsOn(today, all);
        if (todays.isEmpty() && inKnownNight(today.minusDays(1), all, at)) {
            // Yesterday's hours are known and run on into today; when they end is not, as today might carry on.
            return new Openness(Openness.State.OPEN, null, null, hours, rules, roundTheClock, otherHours);
        }
        if (todays.isEmpty() || inUnknownNight(today.minusDays(1), all, at)) {
            return new Openness(Openness.State.UNKNOWN, null, null, hours, rules, roundTheClock, otherHours);
        }
        List<Interval> intervals = new ArrayList<>(todays.get());
        intervalsOn(today.minusDays(1), all).ifPresent(intervals::addAll);
        Instant knownUntil = today.plusDays(HORIZON_DAYS + 1L).atStartOfDay(DutchTime.ZONE).toInstant();
        for (LocalDate d = today.plusDays(1); !d.isAfter(today.plusDays(HORIZON_DAYS)); d = d.plusDays(1)) {
            Optional<List<Interval>> day = intervalsOn(d, all);
            if (day.isEmpty()) {
                knownUntil = d.atStartOfDay(DutchTime.ZONE).toInstant();
                break;
            }
            intervals.addAll(day.get());
        }
        intervals.sort(Comparator.comparing(Interval::start));
        for (int i = 0; i < intervals.size(); i++) {
            if (intervals.get(i).contains(at)) {
                return new Openness(Openness.State.OPEN, closingAfter(intervals, i, knownUntil), null, hours,
                        rules, roundTheClock, otherHours);
            }
        }
        Instant next = intervals.stream().map(Interval::start).filter(s -> s.isAfter(at)).findFirst().orElse(null);
        return new Openness(Openness.State.CLOSED, null, next, hours, rules, roundTheClock, otherHours);
    }

    /**
     * True when the day before has known hours with an opening that runs past midnight into {@code at}: a night line
     * on working days is open in the first hours of a public holiday, whatever the holiday itself keeps.
     */
    private static boolean inKnownNight(LocalDate yesterday, List<Schedule> schedules, Instant at) {
        return intervalsOn(yesterday, schedules).map(day -> day.stream().anyMatch(i -> i.contains(at)))
                .orElse(false);
    }

    /**
     * True when the day before is one whose hours nobody knows and its week would have an opening that runs past
     * midnight into {@code at} (a night chat after a public holiday): then whether it is open now is not known either.
     */
    private static boolean inUnknownNight(LocalDate yesterday, List<Schedule> schedules, Instant at) {
        if (intervalsOn(yesterday, schedules).isPresent()) {
            return false;
        }
        List<Schedule> anyWeek = schedules.stream().filter(OpeningHours::isWeekly).toList();
        return openings(yesterday, anyWeek).stream().anyMatch(i -> i.contains(at));
    }

    /** The dated exceptions that cover a day from {@code today} to the end of the fortnight, first day first. */
    private static List<Openness.OtherHours> otherHours(List<Schedule> schedules, LocalDate today) {
        LocalDate horizon = today.plusDays(HORIZON_DAYS);
        return schedules.stream().filter(Schedule::isException)
                .filter(s -> !lastDay(s).isBefore(today) && !s.validFrom().isAfter(horizon))
                .sorted(Comparator.comparing(Schedule::validFrom))
                .map(s -> new Openness.OtherHours(s.validFrom(), lastDay(s), s.opensAt(), inWeek(s.closesAt()),
                        s.description()))
                .toList();
    }

    private static LocalDate lastDay(Schedule exception) {
        return exception.validTo() == null ? exception.validFrom() : exception.validTo();
    }

    /**
     * The end of the run of touching intervals starting at {@code i}; none when the run reaches the end of the days
     * looked at (24/7) or a day whose hours are unknown, which might carry it on. A run that merely is the last one
     * found, because a long closure follows it, still closes.
     */
    private static Instant closingAfter(List<Interval> intervals, int i, Instant knownUntil) {
        Instant end = intervals.get(i).end();
        for (int j = i + 1; j < intervals.size() && !intervals.get(j).start().isAfter(end); j++) {
            if (intervals.get(j).end().isAfter(end)) {
                end = intervals.get(j).end();
            }
        }
        return end.isBefore(knownUntil) ? end : null;
    }

    /** The openings of one day; empty when the day's hours are unknown, an empty list when it is closed. */
    private static Optional<List<Interval>> intervalsOn(LocalDate day, List<Schedule> schedules) {
        List<Schedule> exceptions = schedules.stream().filter(Schedule::isException).filter(s -> covers(s, day))
                .toList();
        if (!exceptions.isEmpty()) {
            return Optional.of(exceptions.stream().filter(s -> s.opensAt() != null && s.closesAt() != null)
                    .map(s -> interval(day, s)).toList());
        }
        // Outside every weekly rule's valid_from..valid_to nobody has said what the week is, so not "closed".
        List<Schedule> week = weekOn(day, schedules);
        if (week.isEmpty()) {
            return Optional.empty();
        }
        List<Interval> openings = openings(day, week);
        // Hours kept every day of the week are kept on a holiday too; office hours may not be, and the facts
        // seldom say: "onbekend" rather than an "open" that sends someone to a closed line. A holiday opens nothing
        // the week keeps closed, so a Saturday Christmas stays closed for a line open on working days.
        if (!openings.isEmpty() && !sameHoursEveryDay(week) && DutchPublicHolidays.isHoliday(day)) {
            return Optional.empty();
        }
        return Optional.of(openings);
    }

    private static boolean isWeekly(Schedule s) {
        return !s.isException() && s.byday() != null && !s.byday().isBlank();
    }

    /** The weekly rules in force on {@code day}. */
    private static List<Schedule> weekOn(LocalDate day, List<Schedule> schedules) {
        return schedules.stream().filter(OpeningHours::isWeekly)
                .filter(s -> (s.validFrom() == null || !day.isBefore(s.validFrom()))
                        && (s.validTo() == null || !day.isAfter(s.validTo())))
                .toList();
    }

    /** What the weekly rules open on {@code day}'s weekday. */
    private static List<Interval> openings(LocalDate day, List<Schedule> week) {
        return week.stream().filter(s -> days(s).contains(day.getDayOfWeek()))
                .filter(s -> s.opensAt() != null && s.closesAt() != null)
                .map(s -> interval(day, s)).toList();
    }

    /**
     * True when every day of the week has the same openings, however the days are split over the rules. Only such a
     * week says what a holiday keeps: with other hours at the weekend, it may keep either.
     */
    private static boolean sameHoursEveryDay(List<Schedule> week) {
        Map<DayOfWeek, Set<String>> openings = new EnumMap<>(DayOfWeek.class);
        week.stream().filter(s -> s.opensAt() != null && s.closesAt() != null).forEach(s -> days(s).forEach(
                d -> openings.computeIfAbsent(d, k -> new TreeSet<>()).add(s.opensAt() + "–" + s.closesAt())));
        return openings.size() == DayOfWeek.values().length && new HashSet<>(openings.values()).size() == 1;
    }

    private static Set<DayOfWeek> days(Schedule weekly) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(weekly.byday().split(",")).map(String::strip).map(DAYS::get).filter(Objects::nonNull)
                .forEach(days::add);
        return days;
    }

    private static boolean covers(Schedule exception, LocalDate day) {
        return !day.isBefore(exception.validFrom()) && !day.isAfter(lastDay(exception));
    }

    private static Interval interval(LocalDate day, Schedule s) {
        LocalTime opens = LocalTime.parse(s.opensAt());
        ZonedDateTime start = day.atTime(opens).atZone(DutchTime.ZONE);
        ZonedDateTime end;
        if (Schedule.isEndOfDay(s.closesAt())) {
            end = day.plusDays(1).atStartOfDay(DutchTime.ZONE);
        } else {
            LocalTime closes = LocalTime.parse(s.closesAt());
            // Closing at or before opening means the opening runs past midnight, as a night chat does.
            end = (closes.isAfter(opens) ? day : day.plusDays(1)).atTime(closes).atZone(DutchTime.ZONE);
        }
        return new Interval(start.toInstant(), end.toInstant());
    }

    /**
     * The week in force on {@code day} in Dutch: "24/7", "ma–vr 09:00–17:00", or "onbekend" when no weekly rule
     * holds that day (none given, or all outside their valid_from..valid_to).
     */
    public static String describe(List<Schedule> schedules, LocalDate day) {
        return weekIn(schedules == null ? List.of() : schedules, day).map(Week::dutch).orElse(UNKNOWN_HOURS);
    }

    /**
     * The weekly rules in force on {@code day}, in the order given, and whether together they are round the clock;
     * empty when none holds that day. Both the Dutch words ({@code hours}) and {@code week} are read from this one
     * answer, so a screen that words the week in another language can never show other hours than the Dutch text.
     */
    private static Optional<Week> weekIn(List<Schedule> schedules, LocalDate day) {
        List<Schedule> week = weekOn(day, schedules);
        if (week.isEmpty()) {
            return Optional.empty();
        }
        List<Schedule> wholeDays = week.stream().filter(s -> "00:00".equals(s.opensAt())
                && Schedule.isEndOfDay(s.closesAt())).toList();
        // Whole days with the same hours every day: round the clock, however the days are split over the rules.
        List<Openness.WeeklyHours> rules = week.stream()
                .map(s -> new Openness.WeeklyHours(List.copyOf(days(s)), s.opensAt(), inWeek(s.closesAt()))).toList();
        return Optional.of(new Week(rules, sameHoursEveryDay(wholeDays)));
    }

    /**
     * A closing time as {@code week}, {@code hours} and {@code other_hours} give it: the end of the day is 24:00
     * there, as help, web and common's EnglishWeek read it, although the HSDS schedule says 23:59.
     */
    private static String inWeek(String closesAt) {
        return Schedule.isEndOfDay(closesAt) ? Schedule.MIDNIGHT : closesAt;
    }

    /** Days in a rule come Monday first, each once, as {@link #days(Schedule)} gives them. */
    private record Week(List<Openness.WeeklyHours> rules, boolean roundTheClock) {

        String dutch() {
            if (roundTheClock) {
                return "24/7";
            }
            List<String> parts = new ArrayList<>();
            for (Openness.WeeklyHours rule : rules) {
                String named = rule.days().size() == DayOfWeek.values().length ? "dagelijks"
                        : rule.days().equals(WORKING_DAYS) ? "ma–vr"
                        : String.join(", ", rule.days().stream().map(DUTCH::get).toList());
                parts.add(named + " " + rule.opensAt() + "–" + rule.closesAt());
            }
            return String.join("; ", parts);
        }
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
