package nl.entree.intake.crypto;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

import io.quarkus.arc.All;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;

/**
 * Moves every sealed value from previous keys to the current one, a batch at a time, so that a previous key can be
 * removed: contact details and the front door's questions and answers alike.
 */
@ApplicationScoped
class KeyRotation {

    private static final Logger LOG = Logger.getLogger(KeyRotation.class);
    /** The nil UUID, first in PostgreSQL's order; ids are compared only there, as Java orders them otherwise. */
    private static final UUID FIRST = new UUID(0, 0);

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
    public record ReEncryption(
            @Schema(description = "Rows moved to the current key") int reEncrypted,
            @Schema(description = "Rows no configured key opens, left as they were: those sealed with a key that "
                    + "is no longer configured, counted without being read, and the damaged ones this call met, "
                    + "logged and audited by id; they keep their key from removableKeyIds") long unreadable,
            @Schema(description = "Rows under another key this call did not reach, unreadable ones not counted: call "
                    + "again until it is 0") long remainingUnderOtherKeys) {
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
     * waited for, so that several runs at once share the work instead of queueing behind each other. A row sealed
     * with a key that is not configured is not walked at all, only counted: after a key removed too early there may be
     * thousands, and each call would read, audit and log every one. A damaged row under a configured key (rare) is
     * left as it was and the walk goes on past it, in the order of ids, so the rest still moves and every call ends;
     * a later call meets it again and counts it again.
     */
    @Transactional
    public ReEncryption reEncrypt(int batch) {
        int current = cipher.currentKeyId();
        List<Integer> configured = cipher.keyIds().stream().map(Byte::intValue).toList();
        int done = 0;
        long keyGone = 0;
        long damaged = 0;
        for (SealedRows table : tables) {
            long gone = table.countUnderOtherThan(configured);
            if (gone > 0) {
                LOG.warnf("Key rotation left %d rows of %s alone: they are sealed with a key that is not configured "
                        + "(GET /api/encryption says which)", gone, table.table());
            }
            keyGone += gone;
            UUID after = FIRST;
            while (done < batch) {
                List<UUID> ids = table.lockUnderOtherKeys(current, configured, after, batch - done);
                if (ids.isEmpty()) {
                    break;
                }
                Set<UUID> left = table.reEncrypt(ids);
                for (UUID id : ids) {
                    if (left.contains(id)) {
                        LOG.warnf("Key rotation left %s %s under its key: a value in it cannot be decrypted",
                                table.table(), id);
                        audit.record(table.reEncryptAction(), table.table(), id, AuditResult.REFUSED);
                    } else {
                        audit.record(table.reEncryptAction(), table.table(), id, AuditResult.OK);
                    }
                }
                done += ids.size() - left.size();
                damaged += left.size();
                after = ids.get(ids.size() - 1);
            }
        }
        long remaining = -keyGone - damaged;
        for (SealedRows table : tables) {
            remaining += table.countUnderOtherKeys(current);
        }
        return new ReEncryption(done, keyGone + damaged, Math.max(0, remaining));
    }
}
