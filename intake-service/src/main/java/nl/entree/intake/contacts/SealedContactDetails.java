package nl.entree.intake.contacts;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import nl.entree.intake.audit.AuditTerms;
import nl.entree.intake.crypto.FieldCipher;
import nl.entree.intake.crypto.SealedRows;

/** A person's name, phone and e-mail, for key rotation. */
@ApplicationScoped
class SealedContactDetails implements SealedRows {

    private final ContactDetailsRepository details;
    private final FieldCipher cipher;

    SealedContactDetails(ContactDetailsRepository details, FieldCipher cipher) {
        this.details = details;
        this.cipher = cipher;
    }

    @Override
    public String table() {
        return AuditTerms.CONTACT_DETAILS;
    }

    @Override
    public String reEncryptAction() {
        return AuditTerms.REENCRYPT_DETAILS;
    }

    @Override
    public Map<Integer, Long> rowsPerKey() {
        return details.rowsPerKey();
    }

    @Override
    public List<UUID> lockUnderOtherKeys(int current, Collection<Integer> configured, UUID after, int batch) {
        return details.lockUnderOtherKeys(current, configured, after, batch);
    }

    @Override
    public long countUnderOtherThan(Collection<Integer> configured) {
        return details.countUnderOtherThan(configured);
    }

    @Override
    public long countUnderOtherKeys(int current) {
        return details.countUnderOtherKeys(current);
    }

    @Override
    public Set<UUID> reEncrypt(List<UUID> ids) {
        Set<UUID> unreadable = new HashSet<>();
        for (UUID id : ids) {
            ContactDetails row = details.findById(id);
            // All are opened before any is sealed again: a row's key is read from its first value, and a row half
            // moved would let a key be listed as removable that its other values still need.
            try {
                String name = cipher.decrypt(row.name, ContactDetails.context(id, "name"));
                String phone = cipher.decrypt(row.phone, ContactDetails.context(id, "phone"));
                String email = cipher.decrypt(row.email, ContactDetails.context(id, "email"));
                row.name = cipher.encrypt(name, ContactDetails.context(id, "name"));
                row.phone = cipher.encrypt(phone, ContactDetails.context(id, "phone"));
                row.email = cipher.encrypt(email, ContactDetails.context(id, "email"));
            } catch (FieldCipher.UnreadableValue e) {
                unreadable.add(id);
            }
        }
        details.flush();
        return unreadable;
    }
}
