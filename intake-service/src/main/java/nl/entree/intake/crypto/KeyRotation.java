package nl.entree.intake.crypto;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.arc.All;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;

/**
 * Moves every sealed value from previous keys to the current one, a batch at a time, so that a previous key can be
 * removed: contact details and the front door's questions and answers alike.
 */
@ApplicationScoped
class KeyRotation {

    private final List<SealedRows> tables;
    private final FieldCipher cipher;
    private final AuditTrail audit;

    KeyRotation(@All List<SealedRows> tables, FieldCipher cipher, AuditTrail audit) {
        this.tables = tables.stream().sorted(Comparator.comparing(SealedRows::table)).toList();
        this.cipher = cipher;
        this.audit = audit;
    }

    @Schema(name = "KeyUsage", description = "Which keys the stored values are sealed with, table by table")
    public record KeyUsage(int currentKeyId, List<Integer> configuredKeyIds, List<TableUsage> tables,
            @Schema(description = "Previous keys no stored value needs any more: these may be removed")
            List<Integer> removableKeyIds) {
    }

    public record TableUsage(String table, List<KeyCount> rowsPerKey) {
    }

    /** @param configured false means these rows cannot be read: their key was removed too early */
    public record KeyCount(int keyId, long rows, boolean configured) {
    }

    @Schema(name = "ReEncryption")
    public record ReEncryption(int reEncrypted, long remainingUnderOtherKeys) {
    }

    @Transactional
    public KeyUsage usage() {
        List<TableUsage> usage = new ArrayList<>();
        List<Integer> needed = new ArrayList<>();
        for (SealedRows table : tables) {
            List<KeyCount> counts = new ArrayList<>();
            table.rowsPerKey().forEach((id, rows) -> {
                counts.add(new KeyCount(id, rows, cipher.keyIds().contains(id.byteValue())));
                needed.add(id);
            });
            usage.add(new TableUsage(table.table(), counts));
        }
        List<Integer> configured = cipher.keyIds().stream().map(Byte::intValue).sorted().toList();
        List<Integer> removable = configured.stream()
                .filter(id -> id != cipher.currentKeyId() && !needed.contains(id)).toList();
        return new KeyUsage(cipher.currentKeyId(), configured, usage, removable);
    }

    /**
     * Re-encrypts up to {@code batch} rows, table by table. Rows another instance is re-encrypting are skipped, not
     * waited for, so that several runs at once share the work instead of queueing behind each other.
     */
    @Transactional
    public ReEncryption reEncrypt(int batch) {
        int current = cipher.currentKeyId();
        int done = 0;
        long remaining = 0;
        for (SealedRows table : tables) {
            List<UUID> ids = done < batch ? table.lockUnderOtherKeys(current, batch - done) : List.of();
            table.reEncrypt(ids);
            for (UUID id : ids) {
                audit.record(table.reEncryptAction(), table.table(), id, AuditResult.OK);
            }
            done += ids.size();
        }
        for (SealedRows table : tables) {
            remaining += table.countUnderOtherKeys(current);
        }
        return new ReEncryption(done, remaining);
    }
}
