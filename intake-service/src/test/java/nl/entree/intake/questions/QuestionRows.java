package nl.entree.intake.questions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

/** The rows behind a question, read as the service finds them. */
final class QuestionRows {

    private QuestionRows() {
    }

    /** The contact behind a pickup code, found through its hash as the service finds it. */
    static UUID contactOf(DataSource dataSource, PickupCodes codes, String code) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select contact_id from web_question where pickup_hash = any (?) or resent_pickup_hash = any (?)")) {
            s.setArray(1, c.createArrayOf("varchar", codes.candidates(code).toArray()));
            s.setArray(2, c.createArrayOf("varchar", codes.candidates(code).toArray()));
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new AssertionError("no question has this code");
                }
                return (UUID) r.getObject(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
