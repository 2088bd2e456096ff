package nl.entree.common.contract;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import nl.entree.common.vocabulary.Assessment;
import nl.entree.common.vocabulary.Organisation;

/**
 * intake-service → triage-service {@code POST /api/cases}: a registered contact to route. Idempotent on
 * {@code contactId}. It carries no contact details. A question from the public front door was registered by no
 * organisation: {@code registeredBy} is null.
 */
public record NewCase(
        @NotNull UUID contactId,
        @NotNull String reference,
        Organisation registeredBy,
        @NotNull @Valid Assessment assessment) {
}
