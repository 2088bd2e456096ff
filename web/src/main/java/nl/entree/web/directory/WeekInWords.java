package nl.entree.web.directory;

import java.util.List;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import nl.entree.common.i18n.EnglishWeek;
import nl.entree.web.backend.ReachOption;
import nl.entree.web.i18n.Msg;

/**
 * {@code {o.weekInWords}}: an option's weekly hours in the page's language. A Dutch page prints the directory's own
 * words ({@code hours}) as they are; an English page words the directory's {@code week} with common's
 * {@link EnglishWeek}, as help does, each number's own week after it where that differs.
 */
@TemplateExtension
public class WeekInWords {

    static String weekInWords(ReachOption option, @TemplateAttribute("locale") Object locale) {
        if (locale instanceof Locale l && "en".equals(l.getLanguage())) {
            List<ReachOption.Phone> phones = option.phones() == null ? List.of() : option.phones();
            // A number whose hours are unknown adds nothing: the card says so at the number itself.
            return EnglishWeek.words(week(option.openness()), phones.stream()
                    .map(p -> new EnglishWeek.Numbered(p.number(), p.openness() == null
                            || "UNKNOWN".equals(p.openness().state()) ? null : week(p.openness())))
                    .toList(), MessageBundles.get(Msg.class, Localized.Literal.of("en")).unknown());
        }
        ReachOption.Openness openness = option.openness();
        return openness != null && openness.hours() != null && !openness.hours().isBlank() ? openness.hours()
                : MessageBundles.get(Msg.class).unknown();
    }

    private static EnglishWeek.Week week(ReachOption.Openness openness) {
        return openness == null ? null : new EnglishWeek.Week(openness.week(), openness.round_the_clock());
    }
}
