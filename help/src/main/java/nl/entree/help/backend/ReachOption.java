package nl.entree.help.backend;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import nl.entree.common.i18n.EnglishWeek;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

/**
 * One way to reach an organisation, as the directory gives it; only what a visitor is shown. A phone, chat address or
 * opening hour that is not here is unknown, and the page says so: help adds no fact of its own. It reads only what it
 * shows and lets the directory add fields ({@code quarkus.jackson.fail-on-unknown-properties} is strict for input).
 * {@code wayIn} and {@code openNow} are the directory's {@code way_in} and {@code open_now}: whether this channel's
 * own way in is known (a chat's address, a walk-in's address, a line's number), and that within its hours. The
 * directory decides them for every screen, so the staff's sociale kaart and this page never disagree on "Nu open";
 * without a way in the page gives only the hours, since "open now" would promise a way the person cannot take.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReachOption(String serviceAtLocationId, String serviceId, Organisation organisation,
        String organisationName, String name, String locationName, String scope, String channel,
        List<Phone> phones, String url, String email, Openness openness, boolean checkBeforeUse, Address address,
        List<String> uncertainRegions, boolean wayIn, boolean openNow) {

    public ReachOption {
        phones = phones == null ? List.of() : List.copyOf(phones);
        uncertainRegions = uncertainRegions == null ? List.of() : List.copyOf(uncertainRegions);
    }

    /** Whether the directory is unsure that this centre serves the region: a mapping not confirmed, or partial. */
    public boolean mayNotServe(Region region) {
        return region != null && uncertainRegions.contains(region.name());
    }

    /** Each number once: the directory lists a number again for each audience it serves (public, professionals). */
    public List<Phone> distinctPhones() {
        Map<String, Phone> byNumber = new LinkedHashMap<>();
        phones.forEach(p -> byNumber.putIfAbsent(p.dial(), p));
        return List.copyOf(byNumber.values());
    }

    /**
     * The address to link to, when it is an http or https one. The directory refuses any other since December 2026;
     * one stored before, such as {@code javascript:}, must still not run in the visitor's page.
     */
    public String webUrl() {
        if (url == null) {
            return null;
        }
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://") ? url.strip() : null;
    }

    public boolean phone() {
        return "PHONE".equals(channel);
    }

    public boolean national() {
        return "NATIONAL".equals(scope);
    }

    public boolean walkIn() {
        return "WALK_IN".equals(channel);
    }

    public boolean chat() {
        return "CHAT".equals(channel);
    }

    /** The centre's name where it has one, else the service's. */
    public String title() {
        return locationName != null ? locationName : name;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Phone(String number, String description, String caution, Openness openness) {

        /** The source doubts this number still works. Its words are the source's, so the page says it in its own. */
        public boolean cautioned() {
            return caution != null;
        }

        /** The number's own hours are unknown, whatever the line's hours. */
        public boolean hoursUnknown() {
            return openness != null && "UNKNOWN".equals(openness.state());
        }

        /** The number as a {@code tel:} link wants it: digits and a leading plus only. */
        public String dial() {
            return number == null ? "" : number.replaceAll("[^0-9+]", "");
        }
    }

    /** Where to walk in; {@code known} false means nobody found it, and the page says so. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Address(boolean known, String text) {
    }

    /**
     * Open now, or when it next opens; {@code hours} is the week in Dutch ("24/7", "ma–vr 09:00–17:00"), on an
     * option with each number's week where it differs, as the Dutch page prints it. {@code week} is the same week as
     * data, for the English page: null when nobody knows it, with {@code roundTheClock} where the directory calls it
     * "24/7". {@code otherHours} the days of the coming fortnight with other hours (a holiday, a closure).
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Openness(String state, Instant closesAt, Instant nextOpens, String hours,
            List<EnglishWeek.Rule> week, boolean roundTheClock, List<OtherHours> otherHours) {

        public boolean open() {
            return "OPEN".equals(state);
        }

        public boolean closed() {
            return "CLOSED".equals(state);
        }
    }

    /** From {@code from} to {@code to}, inclusive: open {@code opensAt}–{@code closesAt}, or closed without them. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OtherHours(LocalDate from, LocalDate to, String opensAt, String closesAt, String description) {

        public boolean oneDay() {
            return to == null || to.equals(from);
        }
    }
}
