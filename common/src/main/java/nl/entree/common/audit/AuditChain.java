package nl.entree.common.audit;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash that links an audit record to the one before it: SHA-256 over the previous record's hash and this
 * record's fields, so that changing, removing or reordering a record breaks every link after it. Each field is
 * written as its length in UTF-8 bytes, a colon and the text ({@code -} for null), so that no value can pass for
 * two others. The migrations that chained the records written before the chain existed (intake V2, triage V3)
 * compute the same in SQL; change one, change both.
 * <p>
 * Written here rather than taken from a library: no maintained Java library chains rows of a PostgreSQL table,
 * and the whole rule is the dozen lines below.
 */
public final class AuditChain {

    /** The "previous hash" of the first record. */
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String link(String previousHash, AuditEntry e) {
        StringBuilder canonical = new StringBuilder(256).append(previousHash);
        field(canonical, Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, e.at())));
        field(canonical, e.actor());
        field(canonical, e.actorRole());
        field(canonical, e.actorOrganisation());
        field(canonical, e.action());
        field(canonical, e.objectType());
        field(canonical, e.objectId());
        field(canonical, e.result());
        return HexFormat.of().formatHex(sha256().digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Recomputes every link, oldest first, and reports the first record that does not follow from the one before
     * it. The head is read first and only records up to it are checked, so appends running meanwhile do not count
     * as damage.
     */
    public static ChainReport verify(Connection c) throws SQLException {
        Long headId;
        String headHash;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select last_id, last_hash from audit_chain")) {
            if (!rs.next()) {
                return ChainReport.broken(0, 0, null, "The chain head (table audit_chain) is missing.");
            }
            headId = (Long) rs.getObject(1);
            headHash = rs.getString(2);
        }
        String previous = GENESIS;
        long checked = 0;
        long lastId = 0;
        Instant lastAt = null;
        try (PreparedStatement q = c.prepareStatement("select id, " + AuditTrail.COLUMNS + ", previous_hash, hash "
                + "from audit_record where id <= ? order by id")) {
            q.setLong(1, headId == null ? Long.MAX_VALUE : headId);
            q.setFetchSize(1000);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    AuditEntry e = entry(rs, 2);
                    if (!previous.equals(rs.getString(10))) {
                        return ChainReport.broken(checked, id, e.at(), "Record " + id + " does not follow the "
                                + "record before it: a record was removed, or the previous record's hash changed.");
                    }
                    if (!link(previous, e).equals(rs.getString(11))) {
                        return ChainReport.broken(checked, id, e.at(),
                                "Record " + id + " was changed after it was written.");
                    }
                    previous = rs.getString(11);
                    lastId = id;
                    lastAt = e.at();
                    checked++;
                }
            }
        }
        if (headId == null ? checked > 0 : lastId != headId || !previous.equals(headHash)) {
            return ChainReport.broken(checked, lastId, lastAt, "The chain ends at record " + lastId
                    + ", but its head names record " + headId + ": records were removed from the end, or the "
                    + "head was changed.");
        }
        return ChainReport.intact(checked);
    }

    static AuditEntry entry(ResultSet rs, int first) throws SQLException {
        return new AuditEntry(rs.getObject(first, OffsetDateTime.class).toInstant(), rs.getString(first + 1),
                rs.getString(first + 2), rs.getString(first + 3), rs.getString(first + 4), rs.getString(first + 5),
                rs.getString(first + 6), rs.getString(first + 7));
    }

    private static void field(StringBuilder canonical, String value) {
        canonical.append('|');
        if (value == null) {
            canonical.append('-');
        } else {
            canonical.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
