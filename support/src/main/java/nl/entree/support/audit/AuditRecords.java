package nl.entree.support.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * The audit trail as someone with access to the database sees it: find a record, edit it behind the service's
 * back, and check that the service's chain check names it. Every service has the same audit_record table.
 */
public final class AuditRecords {

    private AuditRecords() {
    }

    /** The id of the newest record of {@code action} on {@code objectId}. */
    public static long newest(DataSource db, String objectId, String action) {
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(
                "select max(id) from audit_record where object_id = ? and action = ?")) {
            q.setString(1, objectId);
            q.setString(2, action);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                if (rs.wasNull()) {
                    throw new AssertionError("No " + action + " record on " + objectId);
                }
                return id;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Changes who the record says acted, asks the service's chain check as an admin, and puts the record back, so
     * that the chain is whole again for the tests that follow. The check must name exactly this record.
     */
    public static void assertAnEditIsTheFirstBrokenLink(DataSource db, long recordId, String adminToken) {
        given().auth().oauth2(adminToken).when().get("/api/audit/chain").then().statusCode(200)
                .body("intact", is(true));
        String actor = actorOf(db, recordId);
        setActor(db, recordId, "someone-else");
        try {
            given().auth().oauth2(adminToken).when().get("/api/audit/chain").then().statusCode(200)
                    .body("intact", is(false))
                    .body("firstBrokenLink.recordId", equalTo(Math.toIntExact(recordId)))
                    .body("firstBrokenLink.reason", equalTo("Record " + recordId + " was changed after it was written."));
        } finally {
            setActor(db, recordId, actor);
        }
        given().auth().oauth2(adminToken).when().get("/api/audit/chain").then().statusCode(200)
                .body("intact", is(true));
    }

    private static String actorOf(DataSource db, long recordId) {
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement("select actor from audit_record where id = ?")) {
            q.setLong(1, recordId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setActor(DataSource db, long recordId, String actor) {
        try (Connection c = db.getConnection();
                PreparedStatement u = c.prepareStatement("update audit_record set actor = ? where id = ?")) {
            u.setString(1, actor);
            u.setLong(2, recordId);
            if (u.executeUpdate() != 1) {
                throw new AssertionError("No audit record " + recordId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
