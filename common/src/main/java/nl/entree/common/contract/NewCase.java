package nl.entree.common.contract;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import nl.entree.common.vocabulary.Assessment;
import nl.entree.common.vocabulary.Organisation;

/**
 * intake-service → triage-service {@code POST /api/cases}: a registered contact to route. Idempotent on
 * {@code contactId}. It carries no contact details.
 */
public record NewCase(
        @NotNull UUID contactId,
        @NotNull String reference,
        @NotNull Organisation registeredBy,
        @NotNull @Valid Assessment assessment) {
}
