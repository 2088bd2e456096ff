package nl.entree.web.directory;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import nl.entree.web.backend.ReachOption;
import nl.entree.web.i18n.KaartMsg;
import nl.entree.web.i18n.Msg;

/**
 * {@code {o.weekInWords}}: an option's weekly hours in the page's language, as help's page words them. A Dutch page
 * prints the directory's own words ({@code hours}) as they are. An English page words the directory's {@code week}
 * instead, the same rules in the same order, and each number's own week after it where that differs, as the Dutch
 * words do; where the directory gives no week, the hours are unknown. Whether a week is "24/7" is the directory's to
 * say ({@code round_the_clock}), so the page never reads rules into it.
 */
@TemplateExtension
public class WeekInWords {

    private static final Set<DayOfWeek> WORKING_DAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    static String weekInWords(ReachOption option, @TemplateAttribute("locale") Object locale) {
        if (locale instanceof Locale l && "en".equals(l.getLanguage())) {
            Localized english = Localized.Literal.of("en");
            return words(option, MessageBundles.get(KaartMsg.class, english),
                    MessageBundles.get(Msg.class, english).unknown());
        }
        ReachOption.Openness openness = option.openness();
        return openness != null && openness.hours() != null && !openness.hours().isBlank() ? openness.hours()
                : MessageBundles.get(Msg.class).unknown();
    }

    /** The option's own week, then "number: week" for each number whose known week is worded otherwise. */
    static String words(ReachOption option, KaartMsg msg, String unknown) {
        String own = week(option.openness(), msg, unknown);
        List<String> parts = new ArrayList<>(List.of(own));
        for (ReachOption.Phone phone : option.phones() == null ? List.<ReachOption.Phone>of() : option.phones()) {
            ReachOption.Openness hours = phone.openness();
            // A number whose hours are unknown adds nothing: the card says so at the number itself.
            if (hours == null || hours.week() == null || "UNKNOWN".equals(hours.state())) {
                continue;
            }
            String text = week(hours, msg, unknown);
            String part = msg.week_of_number(phone.number(), text);
            if (!text.equals(own) && !parts.contains(part)) {
                parts.add(part);
            }
        }
        return String.join("; ", parts);
    }

    private static String week(ReachOption.Openness openness, KaartMsg msg, String unknown) {
        if (openness == null || openness.week() == null) {
            return unknown;
        }
        if (openness.round_the_clock()) {
            return msg.week_round_the_clock();
        }
        return openness.week().stream()
                .map(rule -> msg.week_rule(days(rule.days(), msg), rule.opens_at(), rule.closes_at()))
                .collect(Collectors.joining("; "));
    }

    private static String days(List<DayOfWeek> days, KaartMsg msg) {
        Set<DayOfWeek> named = Set.copyOf(days);
        if (named.size() == DayOfWeek.values().length) {
            return msg.week_every_day();
        }
        if (named.equals(WORKING_DAYS)) {
            return name(DayOfWeek.MONDAY) + "–" + name(DayOfWeek.FRIDAY);
        }
        return days.stream().map(WeekInWords::name).collect(Collectors.joining(", "));
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
