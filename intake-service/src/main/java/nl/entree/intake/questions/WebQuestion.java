package nl.entree.intake.questions;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.entree.common.vocabulary.Organisation;

/** A question from the public front door, beside its anonymous contact. Erased with the contact's free text. */
@Entity
@Table(name = "web_question")
class WebQuestion {

    @Id
    @Column(name = "contact_id")
    UUID contactId;

    /** The code given when the question was stored; it reads the answer for as long as the question is kept. */
    @Column(name = "pickup_hash", nullable = false)
    String pickupHash;

    /** The code given last to the same form sent again shortly after; null when it was not. */
    @Column(name = "resent_pickup_hash")
    String resentPickupHash;

    @Column(name = "question_enc", nullable = false)
    byte[] question;

    @Column(name = "answer_enc")
    byte[] answer;

    @Enumerated(EnumType.STRING)
    @Column(name = "answered_by")
    Organisation answeredBy;

    @Column(name = "answered_at")
    Instant answeredAt;

    @Column(name = "asked_at", nullable = false)
    Instant askedAt;

    /** The associated data of an encrypted field: it only decrypts in the row and column it was written for. */
    static String context(UUID contactId, String field) {
        return "web_question:" + contactId + ":" + field;
    }
}
