package nl.entree.intake.crypto;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.intake.audit.AuditTerms;
import nl.entree.intake.contacts.ContactDetails;
import nl.entree.intake.contacts.ContactDetailsRepository;

/**
 * Moves stored contact details from previous keys to the current one, a batch at a time, so that a previous key can
 * be removed. Each value names its key in its first byte; a row's fields are always written together, under one key.
 */
@ApplicationScoped
class KeyRotation {

    private final ContactDetailsRepository details;
    private final FieldCipher cipher;
    private final AuditTrail audit;

    public KeyRotation(ContactDetailsRepository details, FieldCipher cipher, AuditTrail audit) {
        this.details = details;
        this.cipher = cipher;
        this.audit = audit;
    }

    @Schema(name = "KeyUsage", description = "Which keys the stored contact details are encrypted with")
    public record KeyUsage(int currentKeyId, List<Integer> configuredKeyIds, List<KeyCount> contactsPerKey) {
    }

    /** @param configured false means these contacts cannot be read: their key was removed too early */
    public record KeyCount(int keyId, long contacts, boolean configured) {
    }

    @Schema(name = "ReEncryption")
    public record ReEncryption(int reEncrypted, long remainingUnderOtherKeys) {
    }

    @Transactional
    public KeyUsage usage() {
        List<KeyCount> counts = new ArrayList<>();
        details.rowsPerKey().forEach((id, rows) ->
                counts.add(new KeyCount(id, rows, cipher.keyIds().contains(id.byteValue()))));
        List<Integer> configured = cipher.keyIds().stream().map(Byte::intValue).sorted().toList();
        return new KeyUsage(cipher.currentKeyId(), configured, counts);
    }

    /**
     * Re-encrypts up to {@code batch} contacts. Rows another instance is re-encrypting are skipped, not waited for,
     * so that several runs at once share the work instead of queueing behind each other.
     */
    @Transactional
    public ReEncryption reEncrypt(int batch) {
        int current = cipher.currentKeyId();
        List<UUID> ids = details.lockUnderOtherKeys(current, batch);
        for (UUID id : ids) {
            ContactDetails row = details.findById(id);
            row.name = reEncrypt(row.name, id, "name");
            row.phone = reEncrypt(row.phone, id, "phone");
            row.email = reEncrypt(row.email, id, "email");
            audit.record(AuditTerms.REENCRYPT_DETAILS, AuditTerms.CONTACT_DETAILS, id, AuditResult.OK);
        }
        details.flush();
        return new ReEncryption(ids.size(), details.countUnderOtherKeys(current));
    }

    private byte[] reEncrypt(byte[] stored, UUID contactId, String field) {
        String context = ContactDetails.context(contactId, field);
        return cipher.encrypt(cipher.decrypt(stored, context), context);
    }
}
