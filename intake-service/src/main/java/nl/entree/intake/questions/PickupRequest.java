package nl.entree.intake.questions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /api/questions/pickup}: the code travels in a body, never in a URL. */
@Schema(name = "PickupRequest")
public record PickupRequest(
        @NotBlank(message = "must not be empty") @Size(max = 100, message = "must be at most 100 characters")
        String code) {

    @Override
    public String toString() {
        return "PickupRequest[not shown]";
    }
}
