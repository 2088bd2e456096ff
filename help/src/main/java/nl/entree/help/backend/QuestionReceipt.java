package nl.entree.help.backend;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** intake's answer to a new question: the pickup code, which nobody can show again. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QuestionReceipt(String pickupCode, Instant askedAt) {

    @Override
    public String toString() {
        return "QuestionReceipt[not shown]";
    }
}
