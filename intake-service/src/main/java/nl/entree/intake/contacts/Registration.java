package nl.entree.intake.contacts;

/** The outcome of {@code POST /api/contacts}. */
public record Registration(Outcome outcome, ContactView contact) {

    public enum Outcome {
        CREATED,
        /** The same key with the same body: the contact the first request created. */
        REPLAYED,
        /** The same key with another body. */
        KEY_REUSED
    }
}
