package nl.entree.common.contract;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * intake-service → triage-service {@code POST /api/cases/erasures}: intake has erased a contact, so triage forgets
 * the same. Idempotent on {@code contactId}; it carries nothing about the person.
 */
public record ContactErasure(@NotNull UUID contactId, @NotNull Scope scope) {

    public enum Scope {
        /**
         * intake's retention term for contact details passed: the free-text summary, which triage holds a copy of,
         * goes. The case itself stays until its own term.
         */
        SUMMARY,
        /** An erasure on request (GDPR Art. 17): everything in the case that could identify the person goes now. */
        EVERYTHING
    }
}
