package nl.entree.intake.questions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code PUT /api/questions/{id}/answer}: a casemanager's answer, read later by whoever holds the pickup code. */
@Schema(name = "AnswerRequest")
public record AnswerRequest(
        @NotBlank(message = "must not be empty") @Size(max = 4000, message = "must be at most 4000 characters")
        String answer) {
}
