package nl.entree.intake.contacts;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import nl.entree.intake.crypto.FieldCipher;

/** Seals a person's name, phone and e-mail for storage, each bound to its contact and field, and opens them again. */
@ApplicationScoped
class ContactDetailsVault {

    private final FieldCipher cipher;

    ContactDetailsVault(FieldCipher cipher) {
        this.cipher = cipher;
    }

    ContactDetails seal(UUID contactId, ContactRequest.ContactPerson person, Instant now) {
        ContactDetails details = new ContactDetails();
        details.contactId = contactId;
        details.name = cipher.encrypt(person.name(), ContactDetails.context(contactId, "name"));
        details.phone = cipher.encrypt(person.phone(), ContactDetails.context(contactId, "phone"));
        details.email = cipher.encrypt(person.email(), ContactDetails.context(contactId, "email"));
        details.createdAt = now;
        return details;
    }

    ContactRequest.ContactPerson open(ContactDetails details) {
        UUID id = details.contactId;
        return new ContactRequest.ContactPerson(cipher.decrypt(details.name, ContactDetails.context(id, "name")),
                cipher.decrypt(details.phone, ContactDetails.context(id, "phone")),
                cipher.decrypt(details.email, ContactDetails.context(id, "email")));
    }
}
