package nl.entree.directory.hsds;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Entree's one addition to HSDS, on every record: where a fact comes from and whether anyone has seen it there.
 * {@code unknown} names the fields nobody could find, so that screens say "onbekend" instead of leaving a gap.
 * {@code caution} is the source's own warning about a fact (a number seen only in an old article), kept apart from
 * the note so that a screen can mark it.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Provenance(String source, String quote, Boolean verified, LocalDate verifiedOn, Boolean checkBeforeUse,
        String note, String caution, List<String> unknown) {

    @JsonIgnore
    public boolean isVerified() {
        return Boolean.TRUE.equals(verified);
    }

    @JsonIgnore
    public boolean mustBeChecked() {
        return Boolean.TRUE.equals(checkBeforeUse);
    }
}
