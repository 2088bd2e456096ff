package nl.entree.web.capacity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.web.backend.FteCost;
import nl.entree.web.pages.FormText;

/**
 * The form for a new version of a cost per FTE, as typed, so that a refused form comes back as the user left it.
 * The field names are capacity's, so that its refusal of a field lands next to that field.
 */
public record CostForm(String org, String eurosPerFtePerYear, String source, boolean assumption,
        String validFrom) {

    /** Dutch with thousands points, such as 72.500 or 72.500,50. */
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?");
    /** Without thousands points, with a decimal comma or, as an English page writes it, a decimal point. */
    private static final Pattern PLAIN = Pattern.compile("\\d+([,.]\\d{1,2})?");

    public static CostForm empty() {
        return new CostForm("", "", "", false, "");
    }

    static CostForm typed(String org, String euros, String source, String assumption, String validFrom) {
        return new CostForm(strip(org), strip(euros), strip(source), "true".equals(assumption),
                strip(validFrom));
    }

    /** A field web cannot read itself, named as capacity would name it, before capacity is asked. */
    Optional<String> unreadable() {
        if (organisationChosen().isEmpty()) {
            return Optional.of("org");
        }
        if (euros().isEmpty()) {
            return Optional.of("eurosPerFtePerYear");
        }
        if (!validFrom.isEmpty() && day().isEmpty()) {
            return Optional.of("validFrom");
        }
        return Optional.empty();
    }

    Organisation chosen() {
        return organisationChosen().orElseThrow();
    }

    /** Only after {@link #unreadable()} found nothing. An empty source goes as it is: capacity names it. */
    FteCost.Update update() {
        return new FteCost.Update(euros().orElseThrow(), source, assumption, validFrom.isEmpty() ? null : validFrom);
    }

    private Optional<Organisation> organisationChosen() {
        for (Organisation o : Organisation.values()) {
            if (o.name().equals(org)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    private Optional<Double> euros() {
        String amount = eurosPerFtePerYear.replace("€", "").replaceAll("\\s", "");
        if (GROUPED.matcher(amount).matches()) {
            return Optional.of(Double.parseDouble(amount.replace(".", "").replace(',', '.')));
        }
        if (PLAIN.matcher(amount).matches()) {
            return Optional.of(Double.parseDouble(amount.replace(',', '.')));
        }
        return Optional.empty();
    }

    private Optional<LocalDate> day() {
        try {
            return Optional.of(LocalDate.parse(validFrom));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String strip(String value) {
        return FormText.stripped(value);
    }
}
