package nl.entree.directory.hsds;

import java.time.Instant;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** HSDS 3.1 metadata: one change of one field of one record, the history an editor's correction leaves. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Metadata(String id, String resourceId, String resourceType, Instant lastActionDate,
        String lastActionType, String fieldName, String previousValue, String replacementValue, String updatedBy) {
}
