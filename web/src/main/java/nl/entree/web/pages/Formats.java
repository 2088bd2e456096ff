package nl.entree.web.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import io.quarkus.qute.TemplateExtension;

/** {@code {fmt:time(x)}} and friends: how values from the services read on a page (Dutch time, Dutch dates). */
@TemplateExtension(namespace = "fmt")
public class Formats {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(AMSTERDAM);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

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

    static String num(Object value, int decimals) {
        if (value == null) {
            return "–";
        }
        if (value instanceof Number n) {
            return BigDecimal.valueOf(n.doubleValue()).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        }
        return value.toString();
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
