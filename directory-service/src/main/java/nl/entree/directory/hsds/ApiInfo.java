package nl.entree.directory.hsds;

import java.time.Instant;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * HSDS 3.1 {@code GET /}: the version, profile and OpenAPI document, plus where the directory came from, so that
 * every reader learns it must be checked before use.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ApiInfo(String version, String profile, String openapiUrl, Origin origin) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Origin(String source, Instant loadedAt, boolean checkBeforeUse, String note) {
    }
}
