package nl.entree.help.backend;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import nl.entree.common.vocabulary.Organisation;

/**
 * A question read back by its code, with the answer once there is one. {@code erasedOn} of a question not answered
 * yet is the day it is erased if nobody answers; an answer moves it to {@code daysKeptAfterAnswer} after the answer.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PickedUp(String question, Instant askedAt, String answer, Instant answeredAt, Organisation answeredBy,
        LocalDate erasedOn, Long daysKeptAfterAnswer) {

    public boolean answered() {
        return answer != null;
    }

    @Override
    public String toString() {
        return "PickedUp[not shown]";
    }
}
