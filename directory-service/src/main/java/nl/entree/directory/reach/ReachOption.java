package nl.entree.directory.reach;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import nl.entree.common.vocabulary.Channel;
import nl.entree.common.vocabulary.Need;
import nl.entree.directory.hsds.WebAddress;
import nl.entree.directory.opening.Openness;

/**
 * One way to reach an organisation for a region, as a casemanager needs it: which centre, how (phone numbers,
 * chat address, e-mail, the address of a walk-in), whether it is open, and how sure the directory is.
 * {@code unknown} names what nobody found; {@code uncertain_regions} the regions this centre may not serve (a
 * mapping not confirmed, or covering only part of the region). {@code verified} is about the region asked for: the
 * service, the centre and the centre's mapping to that region were seen at their source; without a region, about
 * every region the option lists. {@code source} is where the service (the line) was checked, {@code centre_source}
 * where the centre was, null without a centre; {@code verified_on} is the older of the two dates and
 * {@code check_before_use} true when either record says so, since a centre's option shows both records' facts.
 * {@code way_in} and {@code open_now} are worked out from the rest, so they are written and never read back.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(value = { "way_in", "open_now" }, allowGetters = true)
public record ReachOption(String serviceId, String serviceAtLocationId, String organisation, String organisationName,
        String name, String locationName, Scope scope, Channel channel, List<String> regions, String areaNote,
        List<Number> phones, String url, String email, Openness openness, List<Need> needs, boolean verified,
        LocalDate verifiedOn, String source, String centreSource, boolean checkBeforeUse, String note,
        List<String> unknown, Address address, List<String> uncertainRegions) {

    public enum Scope { REGIONAL, NATIONAL }

    /**
     * A phone number with what it is for, its own {@code openness} (a centre's own number without hours of its own
     * is UNKNOWN, never the line's hours, and so is a number the source gives other hours than its line's) and the
     * source's {@code caution} about it, if any.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Number(String number, String description, boolean verified, String note, String caution,
            Openness openness) {

        /**
         * Which to try first: one open now, then one closed now, then one whose hours nobody knows, and last one the
         * source itself doubts (it may no longer work at all). At night a centre's own office number would otherwise
         * stand above the 24/7 line it lists, under an option that reads "open".
         */
        int choice() {
            if (caution != null) {
                return 3;
            }
            return switch (openness.state()) {
                case OPEN -> 0;
                case CLOSED -> 1;
                case UNKNOWN -> 2;
            };
        }
    }

    /**
     * Where to walk in, on a walk-in option only: the address as the source gives it, or {@code known: false} with
     * the text "onbekend", so that a screen shows the gap instead of dropping it; {@code unknown} names the parts
     * nobody found.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Address(boolean known, String text, List<String> unknown) {

        public static final String UNKNOWN = "onbekend";
    }

    /**
     * Whether this option's own channel can be taken: a chat by its chat address, a walk-in at a known address, a
     * phone line by a number; any other channel by any of them or an e-mail address. A number beside a chat does not
     * open the chat, so the card for it would still read "chat: onbekend". Decided here only, so that the sociale
     * kaart, help's page and the order of the options never disagree.
     */
    @JsonProperty("way_in")
    public boolean wayIn() {
        if (channel == Channel.CHAT) {
            return WebAddress.isWeb(url);
        }
        if (channel == Channel.WALK_IN) {
            return address != null && address.known();
        }
        boolean number = phones != null && !phones.isEmpty();
        if (channel == Channel.PHONE) {
            return number;
        }
        return number || WebAddress.isWeb(url) || known(email) || (address != null && address.known());
    }

    /**
     * Whether the person can take it at the moment asked: within its hours and with its way in. A chat without an
     * address is within its hours all the same, and {@code openness} keeps saying so, because the hours are a fact
     * the card shows; but "open now" would send someone to a way in they cannot take.
     */
    @JsonProperty("open_now")
    public boolean openNow() {
        return wayIn() && openness != null && openness.isOpen();
    }

    private static boolean known(String text) {
        return text != null && !text.isBlank();
    }

    /** True when this is a regional centre whose mapping to the region is confirmed. */
    boolean surelyServes(String region) {
        return scope == Scope.REGIONAL && regions.contains(region) && !uncertainRegions.contains(region);
    }

    /** The id a case records as its regional service: the centre when there is one, else the service. */
    public String reference() {
        return serviceAtLocationId != null ? serviceAtLocationId : serviceId;
    }
}
