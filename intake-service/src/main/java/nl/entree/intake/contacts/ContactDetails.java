package nl.entree.intake.contacts;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Name, phone and e-mail of an identified contact, each encrypted on its own. */
@Entity
@Table(name = "contact_details")
public class ContactDetails {

    @Id
    @Column(name = "contact_id")
    public UUID contactId;

    @Column(name = "name_enc")
    public byte[] name;

    @Column(name = "phone_enc")
    public byte[] phone;

    @Column(name = "email_enc")
    public byte[] email;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The associated data of one encrypted field: a value only decrypts in the row and column it was written for. */
    public static String context(UUID contactId, String field) {
        return "contact_details:" + contactId + ":" + field;
    }
}
