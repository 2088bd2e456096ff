package nl.entree.help.backend;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import nl.entree.common.vocabulary.Organisation;

/** A question read back by its code, with the answer once there is one. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PickedUp(String question, Instant askedAt, String answer, Instant answeredAt, Organisation answeredBy,
        LocalDate erasedOn) {

    public boolean answered() {
        return answer != null;
    }

    @Override
    public String toString() {
        return "PickedUp[not shown]";
    }
}
