package nl.entree.common.i18n;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The directory's week as data ({@code week} and {@code round_the_clock} in its {@code openness}) in English words,
 * for web's and help's pages in English: "Mon–Fri 09:00–17:00; 0800-0188: 24/7". The directory words the week in
 * Dutch itself ({@code hours}), from the same rules, and a Dutch page prints that. Whether a week is "24/7" is the
 * directory's to say, so a page never reads rules into it; no hour is made up here, only worded.
 */
public final class EnglishWeek {

    private static final Set<DayOfWeek> WORKING_DAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private EnglishWeek() {
    }

    /** One weekly rule as the directory sends it: on {@code days}, Monday first; "24:00" is the end of the day. */
    public record Rule(List<DayOfWeek> days, @JsonProperty("opens_at") String opensAt,
            @JsonProperty("closes_at") String closesAt) {

        public Rule {
            days = days == null ? List.of() : List.copyOf(days);
        }
    }

    /** A week: its rules, or null when nobody knows them; {@code roundTheClock} where the directory says "24/7". */
    public record Week(List<Rule> rules, boolean roundTheClock) {
    }

    /** A number listed with an option, and its own week: null when its hours are unknown. */
    public record Numbered(String number, Week week) {
    }

    /**
     * The option's own week, then "number: week" for each number whose known week is worded otherwise, as the
     * directory's Dutch words are; {@code unknown} (in the page's language) where there is no week.
     */
    public static String words(Week own, List<Numbered> numbers, String unknown) {
        String ownWords = words(own, unknown);
        List<String> parts = new ArrayList<>(List.of(ownWords));
        for (Numbered n : numbers) {
            // A number whose hours are unknown adds nothing: it says so at the number itself.
            if (n.week() == null || n.week().rules() == null) {
                continue;
            }
            String text = words(n.week(), unknown);
            String part = n.number() + ": " + text;
            if (!text.equals(ownWords) && !parts.contains(part)) {
                parts.add(part);
            }
        }
        return String.join("; ", parts);
    }

    private static String words(Week week, String unknown) {
        if (week == null || week.rules() == null) {
            return unknown;
        }
        if (week.roundTheClock()) {
            return "24/7";
        }
        return week.rules().stream().map(r -> days(r.days()) + " " + r.opensAt() + "–" + r.closesAt())
                .collect(Collectors.joining("; "));
    }

    private static String days(List<DayOfWeek> days) {
        Set<DayOfWeek> named = days.isEmpty() ? Set.of() : EnumSet.copyOf(days);
        if (named.size() == DayOfWeek.values().length) {
            return "daily";
        }
        if (named.equals(WORKING_DAYS)) {
            return name(DayOfWeek.MONDAY) + "–" + name(DayOfWeek.FRIDAY);
        }
        return days.stream().map(EnglishWeek::name).collect(Collectors.joining(", "));
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
