package nl.entree.intake.contacts;

import java.util.List;
import java.util.Map;
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
    public List<UUID> lockUnderOtherKeys(int current, int batch) {
        return details.lockUnderOtherKeys(current, batch);
    }

    @Override
    public long countUnderOtherKeys(int current) {
        return details.countUnderOtherKeys(current);
    }

    @Override
    public void reEncrypt(List<UUID> ids) {
        for (UUID id : ids) {
            ContactDetails row = details.findById(id);
            row.name = reEncrypt(row.name, id, "name");
            row.phone = reEncrypt(row.phone, id, "phone");
            row.email = reEncrypt(row.email, id, "email");
        }
        details.flush();
    }

    private byte[] reEncrypt(byte[] stored, UUID contactId, String field) {
        String context = ContactDetails.context(contactId, field);
        return cipher.encrypt(cipher.decrypt(stored, context), context);
    }
}
