package nl.entree.intake.questions;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.common.vocabulary.Organisation;

/** What the holder of a pickup code reads: their question, and the answer once there is one. */
@Schema(name = "PickedUp")
public record PickedUp(
        String question,
        Instant askedAt,
        @Schema(description = "Null until a professional has answered") String answer,
        Instant answeredAt,
        Organisation answeredBy,
        @Schema(description = "The day the nightly retention erases question and answer (Dutch time); null when "
                + "its cron is off") LocalDate erasedOn) {

    @Override
    public String toString() {
        return "PickedUp[not shown]";
    }
}
