package nl.entree.common.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.arc.properties.UnlessBuildProperty;

import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;

/**
 * Who read or changed which object, and with what result: one record shape and one table ({@code audit_record},
 * with its chain head {@code audit_chain}) in every service. Services call it; resources never do.
 * <p>
 * Each record carries a hash chained to the record before it ({@link AuditChain}). Appends are serialised by
 * locking the single row of {@code audit_chain} ({@code select ... for update}), which holds the last id and hash:
 * the lock lasts until the caller's transaction ends, so the order of ids is the order of the chain, a rolled-back
 * append leaves no trace, and the head also shows when records were cut off the end. An advisory lock would
 * serialise as well, but would leave that tail unguarded and be invisible in the schema.
 * <p>
 * Plain JDBC on the service's datasource, so that {@code common} needs no entity of its own; inside a transaction
 * the datasource hands out the transaction's connection, so a record commits or rolls back with the work.
 */
@ApplicationScoped
@UnlessBuildProperty(name = "entree.audit.enabled", stringValue = "false", enableIfMissing = true)
public class AuditTrail {

    public static final String AUDIT_TRAIL = "audit-trail";
    public static final String AUDIT_READ = "AUDIT_READ";
    public static final String AUDIT_VERIFY = "AUDIT_VERIFY";
    /** The object id of a check of the whole chain, so that an admin can read who checked it and when. */
    public static final String CHAIN = "chain";

    private static final String SYSTEM_ROLE = "system";
    static final String COLUMNS = "at, actor, actor_role, actor_org, action, object_type, object_id, result";

    private final DataSource db;
    private final Caller caller;
    private final Clock clock;

    public AuditTrail(DataSource db, Caller caller, Clock clock) {
        this.db = db;
        this.caller = caller;
        this.clock = clock;
    }

    /** A read or change by the caller of this request. It joins the caller's transaction: no work, no record. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String objectType, Object objectId, AuditResult result) {
        append(byCaller(action, objectType, objectId, result), false);
    }

    /**
     * The same read or change of several objects by the caller, one record each (so that "who saw this object"
     * finds it), appended in one turn at the chain's head: a list of a year's closed cases names thousands.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordEach(String action, String objectType, Collection<?> objectIds, AuditResult result) {
        append(objectIds.stream().map(id -> byCaller(action, objectType, id, result)).toList(), false);
    }

    /** Work the service does on its own, such as an outbox relay or a retention job. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordBySystem(String system, String action, String objectType, Object objectId, AuditResult result) {
        append(new AuditEntry(now(), "system:" + system, SYSTEM_ROLE, null, action, objectType, text(objectId),
                result.name()), false);
    }

    /**
     * A refused change, in a transaction of its own because the caller's is rolled back. Call it before the
     * caller's transaction has recorded anything: that transaction holds the chain until it ends, so the refusal
     * would wait for it; a lock timeout turns that mistake into an error instead of a hang.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusal(String action, String objectType, Object objectId, ProblemException refusal) {
        append(byCaller(action, objectType, objectId, AuditResult.of(refusal)), true);
    }

    /** Who read or changed an object, oldest first. Reading the trail is itself a read, recorded after it. */
    @Transactional
    public List<AuditEntry> trail(String objectId, int limit) {
        List<AuditEntry> entries = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement("select " + COLUMNS
                        + " from audit_record where object_id = ? order by id limit ?")) {
            q.setString(1, objectId);
            q.setInt(2, limit);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    entries.add(entry(rs));
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        record(AUDIT_READ, AUDIT_TRAIL, objectId, AuditResult.OK);
        return entries;
    }

    /** Checks the whole chain ({@link AuditChain#verify}); the check is itself recorded. */
    @Transactional
    public ChainReport verify() {
        ChainReport report;
        try (Connection c = db.getConnection()) {
            report = AuditChain.verify(c);
        } catch (SQLException e) {
            throw failed(e);
        }
        record(AUDIT_VERIFY, AUDIT_TRAIL, CHAIN, AuditResult.OK);
        return report;
    }

    private AuditEntry byCaller(String action, String objectType, Object objectId, AuditResult result) {
        return new AuditEntry(now(), caller.subject(), String.join(",", caller.roles()),
                caller.organisation().map(Enum::name).orElse(null), action, objectType, text(objectId), result.name());
    }

    private void append(AuditEntry e, boolean ownTransaction) {
        append(List.of(e), ownTransaction);
    }

    /** The entries in order, chained, in one batch: the head is locked and moved once, whatever their number. */
    private void append(List<AuditEntry> entries, boolean ownTransaction) {
        if (entries.isEmpty()) {
            return;
        }
        try (Connection c = db.getConnection()) {
            if (ownTransaction) {
                try (Statement s = c.createStatement()) {
                    s.execute("set local lock_timeout = '10s'");
                }
            }
            String hash;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select last_hash from audit_chain for update")) {
                if (!rs.next()) {
                    throw new IllegalStateException("The audit chain head (table audit_chain) is missing");
                }
                hash = rs.getString(1);
            }
            long id = 0;
            try (PreparedStatement insert = c.prepareStatement("insert into audit_record (" + COLUMNS
                    + ", previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
                for (AuditEntry e : entries) {
                    String previous = hash;
                    hash = AuditChain.link(previous, e);
                    insert.setObject(1, OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC));
                    insert.setString(2, e.actor());
                    insert.setString(3, e.actorRole());
                    insert.setString(4, e.actorOrganisation());
                    insert.setString(5, e.action());
                    insert.setString(6, e.objectType());
                    insert.setString(7, e.objectId());
                    insert.setString(8, e.result());
                    insert.setString(9, previous);
                    insert.setString(10, hash);
                    insert.addBatch();
                }
                insert.executeBatch();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    while (keys.next()) {
                        id = Math.max(id, keys.getLong(1));
                    }
                }
            }
            try (PreparedStatement head = c.prepareStatement("update audit_chain set last_id = ?, last_hash = ?")) {
                head.setLong(1, id);
                head.setString(2, hash);
                head.executeUpdate();
            }
        } catch (SQLException ex) {
            throw failed(ex);
        }
    }

    /** The database keeps microseconds; the hash must cover the time exactly as it is stored. */
    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return AuditChain.entry(rs, 1);
    }

    private static String text(Object objectId) {
        return objectId == null ? null : objectId.toString();
    }

    /** The mappers look through the cause, so a database that is down still answers 503. */
    private static IllegalStateException failed(SQLException e) {
        return new IllegalStateException("The audit trail could not be read or written", e);
    }
}
