package nl.entree.common.contract;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.entree.common.vocabulary.Assessment;
import nl.entree.common.vocabulary.Organisation;

/**
 * intake-service → triage-service {@code POST /api/cases}: a registered contact to route. Idempotent on
 * {@code contactId}. It carries no contact details. A question from the public front door was registered by no
 * organisation: {@code registeredBy} is null.
 * <p>
 * {@code personLinks} are keyed hashes of the contact's client code, one per configured key, made for this purpose
 * only (they match no stored client code): triage finds the same person's other cases by them, and never sees the
 * code. Null or empty without a client code.
 */
public record NewCase(
        @NotNull UUID contactId,
        @NotNull String reference,
        Organisation registeredBy,
        @NotNull @Valid Assessment assessment,
        @Size(max = 8) List<@NotNull @Pattern(regexp = "[0-9]{1,3}:[A-Za-z0-9+/]{43}") String> personLinks) {

    public NewCase(UUID contactId, String reference, Organisation registeredBy, Assessment assessment) {
        this(contactId, reference, registeredBy, assessment, null);
    }
}
