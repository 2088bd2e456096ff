package nl.entree.intake.crypto;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A table whose values {@link FieldCipher} seals, each naming its key in its first byte. {@link KeyRotation} walks
 * every implementation, so that no table sealed with the same keys is forgotten before an old key is removed.
 */
public interface SealedRows {

    /** The table, as the audit trail names it. */
    String table();

    /** The audit action for one row moved to the current key. */
    String reEncryptAction();

    /** For each key id, how many rows hold at least one value sealed with it. */
    Map<Integer, Long> rowsPerKey();

    /**
     * Up to {@code batch} rows holding a value sealed with another key than {@code current}, and each value with one of
     * {@code configured}, in the database's order of their ids and after {@code after} in it (the nil UUID for the
     * first), locked for this transaction. Rows another transaction holds are skipped, not waited for.
     */
    List<UUID> lockUnderOtherKeys(int current, Collection<Integer> configured, UUID after, int batch);

    long countUnderOtherKeys(int current);

    /** Rows holding a value sealed with a key that is not one of {@code configured}: none of them can be opened. */
    long countUnderOtherThan(Collection<Integer> configured);

    /**
     * Opens every value of the rows locked by {@link #lockUnderOtherKeys} and seals it again with the current key,
     * written before this returns. A row with a value no configured key opens is left as it was.
     *
     * @return the rows left as they were
     */
    Set<UUID> reEncrypt(List<UUID> ids);
}
