package nl.entree.web.backend;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import nl.entree.common.i18n.EnglishWeek;
import nl.entree.common.vocabulary.Need;

/**
 * directory-service's way to reach an organisation for a region, one of {@code GET /api/directory/search} and of
 * {@link Where}: which centre, how (phones, chat address, e-mail), whether it is open, and how sure the directory is.
 * The directory writes HSDS's snake_case; the components carry those names, so Jackson needs no naming strategy and
 * the option card ({@code tags/reachoption.html}) reads the names the directory documents. {@code scope} and
 * {@code openness.state} are the directory's own words (REGIONAL or NATIONAL; OPEN, CLOSED or UNKNOWN).
 * {@code organisation} and {@code channel} are common's Organisation and Channel by name: the card is a user tag,
 * which Qute does not type-check, and it hands them to {@code msg:org} and {@code msg:channel}, which take text.
 * {@code way_in} and {@code open_now} are the directory's word on whether this channel's own way in is known and, if
 * so, open at the moment asked: the card says "Nu open" only then, as help's page does, so that nobody is sent to a
 * chat whose address nobody knows because its hours say 24/7.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReachOption(String service_id, String service_at_location_id, String organisation,
        String organisation_name, String name, String location_name, String scope, String channel,
        List<String> regions, String area_note, List<Phone> phones, String url, String email, Openness openness,
        List<Need> needs, boolean verified, LocalDate verified_on, String source, String centre_source,
        boolean check_before_use,
        String note, List<String> unknown, Address address, List<String> uncertain_regions, boolean way_in,
        boolean open_now) {

    /**
     * A phone number with what it is for, whether anyone has seen it at the source, the source's doubt about it,
     * and its own hours: a centre's number without hours of its own is UNKNOWN, whatever the line's hours.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Phone(String number, String description, boolean verified, String note, String caution,
            Openness openness) {
    }

    /** Where to walk in; {@code known} false means nobody found it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Address(boolean known, String text) {
    }

    /**
     * Open at the moment asked: until when, or when it opens again; {@code hours} is the week in Dutch words,
     * {@code other_hours} the days in the coming fortnight with other hours (a holiday, a closure). {@code week} is
     * the same week as data, for the English page: null when nobody knows it, with {@code round_the_clock} where the
     * directory calls it "24/7".
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Openness(String state, Instant closes_at, Instant next_opens, String hours,
            List<OtherHours> other_hours, List<EnglishWeek.Rule> week, boolean round_the_clock) {
    }

    /** {@code from} to {@code to}, inclusive: open {@code opens_at}–{@code closes_at}, or closed without them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OtherHours(LocalDate from, LocalDate to, String opens_at, String closes_at, String description) {

        public boolean oneDay() {
            return to == null || to.equals(from);
        }
    }

    /** Whether a case's recorded regional service is this option: the centre's id, or the service's. */
    public boolean is(String reference) {
        return reference != null && (reference.equals(service_at_location_id) || reference.equals(service_id));
    }
}
