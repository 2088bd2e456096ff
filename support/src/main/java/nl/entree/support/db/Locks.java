package nl.entree.support.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/** What PostgreSQL says about the sessions of this database, for tests that hold a row while a request runs. */
public final class Locks {

    private Locks() {
    }

    /** How many sessions of this database wait on a lock now: the request has reached the row the test holds. */
    public static int waiting(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                        + "and datname = current_database()");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
