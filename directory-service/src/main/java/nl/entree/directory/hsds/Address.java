package nl.entree.directory.hsds;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** HSDS 3.1 address. A part nobody found stays empty and is named in the location's provenance as unknown. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Address(String id, @JsonProperty("address_1") String address1, String city, String postalCode,
        String country, String addressType) {
}
