package nl.entree.common.disclosure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;

import io.quarkus.arc.properties.UnlessBuildProperty;

/**
 * The months a ministry has been shown, in a service's {@code published_month} table: a month is frozen at its first
 * showing, so that a figure once published never changes under later corrections. A service freezes its own cells for
 * the months {@link #claim} hands it. The claim inserts with "on conflict do nothing", so of two first showings at
 * once one claims the month and freezes it, and the other waits for that commit and reads what it froze. Left out of
 * the modules without a database, as {@code TransactionLock} is.
 */
@ApplicationScoped
@UnlessBuildProperty(name = "entree.audit.enabled", stringValue = "false", enableIfMissing = true)
public class PublishedMonthLedger {

    private final DataSource db;
    private final Clock clock;

    PublishedMonthLedger(DataSource db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The months from {@code from} to {@code to} that were not published yet, now marked published by this call. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<YearMonth> claim(YearMonth from, YearMonth to) {
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
        List<YearMonth> claimed = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("insert into published_month (month, published_at)"
                        + " values (?, ?) on conflict (month) do nothing")) {
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                s.setString(1, month.toString());
                s.setObject(2, now);
                if (s.executeUpdate() == 1) {
                    claimed.add(month);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not mark the months " + from + " to " + to + " published", e);
        }
        return claimed;
    }
}
