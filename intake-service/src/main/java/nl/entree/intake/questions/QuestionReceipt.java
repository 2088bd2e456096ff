package nl.entree.intake.questions;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a new question: its pickup code, shown this once, since only a hash of it is kept. */
@Schema(name = "QuestionReceipt")
public record QuestionReceipt(
        @Schema(description = "Four words; the only way to read the answer") String pickupCode,
        Instant askedAt) {

    @Override
    public String toString() {
        return "QuestionReceipt[not shown]";
    }
}
