package nl.entree.web.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateExtension;
import nl.entree.common.time.DutchTime;
import nl.entree.web.backend.ServiceRefusal;
import nl.entree.web.cases.AskedTime;
import nl.entree.web.session.Language;

/** {@code {fmt:time(x)}} and friends: how values from the services read on a page (Dutch time, Dutch dates). */
@TemplateExtension(namespace = "fmt")
public class ReadableValues {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
            .withZone(DutchTime.ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(DutchTime.ZONE);

    static String time(Object iso) {
        if (iso == null) {
            return "";
        }
        try {
            return TIME.format(Instant.parse(iso.toString()));
        } catch (DateTimeParseException e) {
            return iso.toString();
        }
    }

    /** The machine-readable form for a {@code <time datetime>} attribute. */
    static String iso(Object iso) {
        return iso == null ? "" : iso.toString();
    }

    static String date(Object iso) {
        if (iso == null) {
            return "";
        }
        try {
            return DATE.format(LocalDate.parse(iso.toString()));
        } catch (DateTimeParseException e) {
            return time(iso);
        }
    }

    /** {@code {fmt:limit(message)}}: see {@link ServiceRefusal#limit(String)}. */
    static Integer limit(Object message) {
        return message == null ? null : ServiceRefusal.limit(message.toString());
    }

    /** {@code {fmt:askedTime(field, message)}}: the readings of a time web asks about ("1,30"), else null. */
    static AskedTime askedTime(Object field, Object message) {
        return message == null ? null : AskedTime.of(String.valueOf(field), message.toString());
    }

    /** {@code {fmt:fieldKey(field, message)}}: see {@link ServiceRefusal#messageKey(String, String)}. */
    static String fieldKey(Object field, Object message) {
        return ServiceRefusal.messageKey(String.valueOf(field), message == null ? null : message.toString());
    }

    /** A number as the page's language writes it: "133.604" and "3,5" in Dutch, "133,604" and "3.5" in English. */
    static String num(Object value, int decimals, @TemplateAttribute("locale") Object locale) {
        if (value == null) {
            return "–";
        }
        if (value instanceof Number n) {
            NumberFormat format = NumberFormat.getNumberInstance(locale instanceof Locale l ? l : Language.DUTCH);
            format.setMinimumFractionDigits(decimals);
            format.setMaximumFractionDigits(decimals);
            format.setRoundingMode(RoundingMode.HALF_UP);
            return format.format(BigDecimal.valueOf(n.doubleValue()));
        }
        return value.toString();
    }

    /** A share (0..1) as a whole percentage in the page's language: "81%". */
    static String percent(Object share, @TemplateAttribute("locale") Object locale) {
        if (!(share instanceof Number n)) {
            return "–";
        }
        return num(100 * n.doubleValue(), 0, locale) + "%";
    }

    /** The hour and minute of a moment given in seconds since 1970, in Dutch time: when a session ends. */
    static String clock(long epochSeconds) {
        return CLOCK.format(Instant.ofEpochSecond(epochSeconds));
    }

    /** A term as people say it, from an ISO period: "5 dagen", "10 weken", "2 maanden", or "direct" for none. */
    static String term(Object iso, @TemplateAttribute("locale") Object locale) {
        if (iso == null) {
            return "";
        }
        Period period;
        try {
            period = Period.parse(iso.toString());
        } catch (DateTimeParseException e) {
            return iso.toString();
        }
        boolean english = locale instanceof Locale l && l.getLanguage().equals("en");
        List<String> parts = new ArrayList<>();
        long months = period.toTotalMonths();
        if (months > 0 && months % 12 == 0) {
            parts.add(amount(months / 12, english ? "year" : "jaar", english ? "years" : "jaar"));
        } else if (months > 0) {
            parts.add(amount(months, english ? "month" : "maand", english ? "months" : "maanden"));
        }
        int days = period.getDays();
        if (days > 0 && days % 7 == 0) {
            parts.add(amount(days / 7, "week", english ? "weeks" : "weken"));
        } else if (days > 0) {
            parts.add(amount(days, english ? "day" : "dag", english ? "days" : "dagen"));
        }
        return parts.isEmpty() ? (english ? "at once" : "direct") : String.join(" ", parts);
    }

    private static String amount(long n, String one, String more) {
        return n + " " + (n == 1 ? one : more);
    }

    /** A whole number, such as a count of cases. */
    static String count(Object value, @TemplateAttribute("locale") Object locale) {
        return num(value, 0, locale);
    }

    /** An element id made of a prefix and a value, for fields repeated per case. */
    static String id(String prefix, Object value) {
        return prefix + value;
    }

    static String join(Object values) {
        if (values instanceof Iterable<?> it) {
            StringBuilder sb = new StringBuilder();
            for (Object v : it) {
                if (!sb.isEmpty()) {
                    sb.append(", ");
                }
                sb.append(v);
            }
            return sb.toString();
        }
        return values == null ? "" : values.toString();
    }
}
