package nl.entree.common.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;

import io.quarkus.arc.properties.UnlessBuildProperty;

/**
 * Makes changes to one thing take turns across every pod: a transaction-scoped PostgreSQL advisory lock on the thing's
 * name, held until commit or rollback. It exists before any row does, so it also serialises the first insert of a
 * row (a new version, a seed, a key's first use), which a row lock cannot; and a job that runs on every pod at once
 * does its work once. The one way the services take such a lock. Like {@code AuditTrail}, it is left out of the
 * modules without a database (web, help), which say so with {@code entree.audit.enabled=false}.
 */
@ApplicationScoped
@UnlessBuildProperty(name = "entree.audit.enabled", stringValue = "false", enableIfMissing = true)
public class TransactionLock {

    private final DataSource db;

    TransactionLock(DataSource db) {
        this.db = db;
    }

    /**
     * Waits until no other transaction holds {@code thing} (such as {@code "hour-norm:CSG_ACUTE"}), then holds it
     * until this transaction ends. What the other committed is visible to the statements that follow.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void hold(String thing) {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
            s.setString(1, thing);
            s.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the lock on " + thing, e);
        }
    }
}
