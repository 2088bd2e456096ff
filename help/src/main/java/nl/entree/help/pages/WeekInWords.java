package nl.entree.help.pages;

import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import nl.entree.common.i18n.EnglishWeek;
import nl.entree.help.backend.ReachOption;
import nl.entree.help.i18n.HelpMsg;

/**
 * {@code {o.weekInWords}}: an option's weekly hours in the page's language. A Dutch page prints the directory's own
 * words ({@code hours}) as they are; an English page words the directory's {@code week} with common's
 * {@link EnglishWeek}, as web does, each number's own week after it where that differs.
 */
@TemplateExtension
public class WeekInWords {

    static String weekInWords(ReachOption option, @TemplateAttribute("locale") Object locale) {
        if (locale instanceof Locale l && "en".equals(l.getLanguage())) {
            return EnglishWeek.words(week(option.openness()), option.phones().stream()
                    .map(p -> new EnglishWeek.Numbered(p.number(), p.hoursUnknown() ? null : week(p.openness())))
                    .toList(), MessageBundles.get(HelpMsg.class, Localized.Literal.of("en")).unknown());
        }
        ReachOption.Openness openness = option.openness();
        return openness != null && openness.hours() != null ? openness.hours()
                : MessageBundles.get(HelpMsg.class).unknown();
    }

    private static EnglishWeek.Week week(ReachOption.Openness openness) {
        return openness == null ? null : new EnglishWeek.Week(openness.week(), openness.roundTheClock());
    }
}
