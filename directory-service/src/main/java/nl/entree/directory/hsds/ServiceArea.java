package nl.entree.directory.hsds;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import nl.entree.common.vocabulary.Region;

/**
 * HSDS 3.1 service_area. HSDS's {@code extent_type} is one of geojson, topojson, kml and text; Entree names an area
 * by its code, so {@code extent_type "text"} with a safety region VR01–VR25 as {@code extent}, or {@code "NL"} for
 * a national service. The types Entree used before ({@code safety_region}, {@code country}) are read as text, so a
 * client that still sends them is understood and the record stores text.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ServiceArea(String id, String name, String description, String extent, String extentType,
        Provenance provenance) {

    public static final String TEXT = "text";
    public static final String NETHERLANDS = "NL";

    public ServiceArea {
        if ("safety_region".equals(extentType) || "country".equals(extentType)) {
            extentType = TEXT;
        }
    }

    /** True for a safety region's code, VR01–VR25. */
    public static boolean isRegionCode(String code) {
        return code != null && Arrays.stream(Region.values()).anyMatch(r -> r.name().equals(code));
    }

    /** The whole country: a national service. */
    @JsonIgnore
    public boolean isCountry() {
        return TEXT.equals(extentType) && NETHERLANDS.equals(extent);
    }

    /** One safety region, named by {@code extent}. */
    @JsonIgnore
    public boolean isRegion() {
        return TEXT.equals(extentType) && isRegionCode(extent);
    }

    public boolean covers(String region) {
        return isCountry() || isRegion() && region.equals(extent);
    }
}
