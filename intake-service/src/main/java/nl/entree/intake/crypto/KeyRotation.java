package nl.entree.intake.crypto;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.intake.audit.AuditTerms;
import nl.entree.intake.contacts.ContactDetails;

/**
 * Moves stored contact details from previous keys to the current one, a batch at a time, so that a previous key can
 * be removed. Each value names its key in its first byte; a row's fields are always written together, under one key.
 */
@ApplicationScoped
class KeyRotation {

    private static final String KEY_OF_ROW =
            "coalesce(get_byte(name_enc, 0), get_byte(phone_enc, 0), get_byte(email_enc, 0))";

    private final EntityManager em;
    private final FieldCipher cipher;
    private final AuditTrail audit;

    public KeyRotation(EntityManager em, FieldCipher cipher, AuditTrail audit) {
        this.em = em;
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
        for (Object row : em.createNativeQuery("select " + KEY_OF_ROW + " as key_id, count(*) from contact_details "
                + "where " + KEY_OF_ROW + " is not null group by 1 order by 1").getResultList()) {
            Object[] r = (Object[]) row;
            int id = ((Number) r[0]).intValue();
            counts.add(new KeyCount(id, ((Number) r[1]).longValue(), cipher.keyIds().contains((byte) id)));
        }
        List<Integer> configured = cipher.keyIds().stream().map(Byte::intValue).sorted().toList();
        return new KeyUsage(cipher.currentKeyId(), configured, counts);
    }

    /**
     * Re-encrypts up to {@code batch} contacts. Rows another instance is re-encrypting are skipped, not waited for,
     * so that several runs at once share the work instead of queueing behind each other.
     */
    @Transactional
    public ReEncryption reEncrypt(int batch) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select contact_id from contact_details where " + KEY_OF_ROW
                        + " <> :current order by contact_id limit :batch for update skip locked")
                .setParameter("current", (int) cipher.currentKeyId())
                .setParameter("batch", batch)
                .getResultList();
        for (UUID id : ids) {
            ContactDetails details = em.find(ContactDetails.class, id);
            details.name = reEncrypt(details.name, id, "name");
            details.phone = reEncrypt(details.phone, id, "phone");
            details.email = reEncrypt(details.email, id, "email");
            audit.record(AuditTerms.REENCRYPT_DETAILS, AuditTerms.CONTACT_DETAILS, id, AuditResult.OK);
        }
        em.flush();
        long remaining = ((Number) em.createNativeQuery("select count(*) from contact_details where " + KEY_OF_ROW
                + " <> :current").setParameter("current", (int) cipher.currentKeyId()).getSingleResult()).longValue();
        return new ReEncryption(ids.size(), remaining);
    }

    private byte[] reEncrypt(byte[] stored, UUID contactId, String field) {
        String context = ContactDetails.context(contactId, field);
        return cipher.encrypt(cipher.decrypt(stored, context), context);
    }
}
