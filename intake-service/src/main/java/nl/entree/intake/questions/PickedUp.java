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
                + "its cron is off. For a question not answered yet, the day it is erased if nobody answers")
        LocalDate erasedOn,
        @Schema(description = "How many days after an answer question and answer are erased: an answer given later "
                + "moves erasedOn to then") long daysKeptAfterAnswer) {

    @Override
    public String toString() {
        return "PickedUp[not shown]";
    }
}
