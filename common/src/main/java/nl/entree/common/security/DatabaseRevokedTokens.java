package nl.entree.common.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.properties.IfBuildProperty;

/**
 * The denylist in the service's own database (table {@code revoked_token}, one Flyway migration per service), so
 * that every pod of the service sees a sign-out at once and no service depends on another to check a token.
 * Plain JDBC rather than an entity because {@code common} carries no ORM: web uses it too and has no database.
 * Every check is one primary-key lookup; "not revoked" is not cached, because a cache would let a signed-out
 * token through on the pods that had it cached.
 */
@ApplicationScoped
@IfBuildProperty(name = "entree.revoked-tokens.store", stringValue = "database", enableIfMissing = true)
public class DatabaseRevokedTokens implements RevokedTokens {

    private final DataSource dataSource;
    /** Real time, as the token's own expiry is checked: a test's moved business clock must not purge live entries. */
    private final Clock clock = Clock.systemUTC();

    public DatabaseRevokedTokens(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean isRevoked(String tokenId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select 1 from revoked_token where jti = ?")) {
            s.setString(1, tokenId);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the token denylist", e);
        }
    }

    /** Also forgets the entries of tokens that have expired since: they are refused on their expiry anyway. */
    @Override
    public void revoke(String tokenId, Instant expiresAt) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement add = c.prepareStatement("insert into revoked_token (jti, expires_at) values (?, ?)"
                        + " on conflict (jti) do nothing");
                PreparedStatement purge = c.prepareStatement("delete from revoked_token where expires_at < ?")) {
            add.setString(1, tokenId);
            add.setTimestamp(2, Timestamp.from(expiresAt));
            add.executeUpdate();
            purge.setTimestamp(1, Timestamp.from(clock.instant()));
            purge.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not add to the token denylist", e);
        }
    }
}
