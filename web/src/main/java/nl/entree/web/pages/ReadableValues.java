package nl.entree.web.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateExtension;
import nl.entree.web.session.Language;

/** {@code {fmt:time(x)}} and friends: how values from the services read on a page (Dutch time, Dutch dates). */
@TemplateExtension(namespace = "fmt")
public class ReadableValues {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(AMSTERDAM);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(AMSTERDAM);

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

    /** The hour and minute of a moment given in seconds since 1970, in Dutch time: when a session ends. */
    static String clock(long epochSeconds) {
        return CLOCK.format(Instant.ofEpochSecond(epochSeconds));
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
