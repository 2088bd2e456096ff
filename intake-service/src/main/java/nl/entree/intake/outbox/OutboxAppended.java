package nl.entree.intake.outbox;

/** Fired inside the transaction that wrote an outbox event; observed after it commits. */
public record OutboxAppended() {
}
