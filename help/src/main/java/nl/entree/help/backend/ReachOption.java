package nl.entree.help.backend;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import nl.entree.common.vocabulary.Organisation;

/**
 * One way to reach an organisation, as the directory gives it; only what a visitor is shown. A phone, chat address or
 * opening hour that is not here is unknown, and the page says so: help adds no fact of its own. It reads only what it
 * shows and lets the directory add fields ({@code quarkus.jackson.fail-on-unknown-properties} is strict for input).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReachOption(String serviceAtLocationId, String serviceId, Organisation organisation,
        String organisationName, String name, String locationName, String scope, String channel,
        List<Phone> phones, String url, Openness openness, boolean checkBeforeUse) {

    public ReachOption {
        phones = phones == null ? List.of() : List.copyOf(phones);
    }

    /** Each number once: the directory lists a number again for each audience it serves (public, professionals). */
    public List<Phone> distinctPhones() {
        Map<String, Phone> byNumber = new LinkedHashMap<>();
        phones.forEach(p -> byNumber.putIfAbsent(p.dial(), p));
        return List.copyOf(byNumber.values());
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
    public record Phone(String number, String description) {

        /** The number as a {@code tel:} link wants it: digits and a leading plus only. */
        public String dial() {
            return number == null ? "" : number.replaceAll("[^0-9+]", "");
        }
    }

    /** Open now, or when it next opens; {@code hours} is the week in Dutch ("24/7", "ma–vr 09:00–17:00"). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Openness(String state, Instant closesAt, Instant nextOpens, String hours) {

        public boolean open() {
            return "OPEN".equals(state);
        }

        public boolean closed() {
            return "CLOSED".equals(state);
        }
    }
}
