package nl.entree.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;

import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.ArcUndeclaredThrowableException;

/**
 * Which failures tell a caller "something outside us is away, try again" (503) and which are ours (500). The services' own
 * tests and e2e's DatabaseRestartIT show the same through HTTP; the commit case can only be provoked by killing
 * PostgreSQL mid-commit, so it is pinned here as well.
 */
class FailureClassificationTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aCommitTheDatabaseNeverConfirmedIsUnavailability() {
        // What a @Transactional method throws when the connection dies inside Narayana's commit.
        Throwable e = new ArcUndeclaredThrowableException(new RollbackException("ARJUNA016053: Could not commit transaction."));

        Response response = mappers.unexpected(e);

        assertEquals(503, response.getStatus());
        assertEquals("5", response.getHeaderString("Retry-After"));
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
    }

    @Test
    void aRollbackWithACauseIsJudgedByThatCause() {
        RollbackException constraint = new RollbackException("rolled back");
        constraint.initCause(new SQLException("duplicate key", "23505"));
        RollbackException connection = new RollbackException("rolled back");
        connection.initCause(new SQLException("I/O error", "08006"));

        assertFalse(ProblemMappers.isDatabaseUnavailable(new ArcUndeclaredThrowableException(constraint)));
        assertTrue(ProblemMappers.isDatabaseUnavailable(new ArcUndeclaredThrowableException(connection)));
    }

    @Test
    void connectionFailuresAnywhereInTheChainAreUnavailability() {
        assertTrue(ProblemMappers.isDatabaseUnavailable(new IllegalStateException(new ConnectException("refused"))));
        assertTrue(ProblemMappers.isDatabaseUnavailable(new SQLException("the database system is starting up", "57P03")));
        assertTrue(ProblemMappers.isDatabaseUnavailable(new SQLException("Sorry, acquisition timeout!")));
    }

    @Test
    void aDeadlockOrSerializationFailureIsUnavailabilityToRetry() {
        for (String state : new String[] {"40P01", "40001"}) {
            Response response = mappers.unexpected(new IllegalStateException(new SQLException("lost", state)));

            assertEquals(503, response.getStatus(), state);
            assertEquals("5", response.getHeaderString("Retry-After"), state);
        }
    }

    /** The audit chain's lock timeout catches a transaction that waits on itself: retried, it would wait again. */
    @Test
    void aLockTimeoutOrACancelledStatementStaysOurs() {
        for (String state : new String[] {"55P03", "57014", "42601"}) {
            assertEquals(500, mappers.unexpected(new IllegalStateException(new SQLException("ours", state)))
                    .getStatus(), state);
        }
    }

    @Test
    void ourOwnMistakesStayInternalErrorsWithAnIncidentNumber() {
        Response response = mappers.unexpected(new NullPointerException());

        assertEquals(500, response.getStatus());
        assertTrue(((Problem) response.getEntity()).detail().contains("incident"));
    }

    @Test
    void aRequestCutOffMidBodyIsNotAnIncident() {
        Throwable e = new java.io.IOException(new java.nio.channels.ClosedChannelException());

        Throwable vertx = new java.io.IOException(new java.io.IOException(new io.vertx.core.http.HttpClosedException("closed")));

        assertEquals(503, mappers.unexpected(e).getStatus());
        assertEquals(503, mappers.unexpected(vertx).getStatus());
    }

    @Test
    void theLoggedCauseChainNamesTypesAndPlacesButNeverMessages() {
        Throwable e = new IllegalStateException("contact 0612345678", new SQLException("value 'Jan' too long", "22001"));

        String chain = ProblemMappers.causeChain(e);

        assertTrue(chain.startsWith("java.lang.IllegalStateException at "), chain);
        assertTrue(chain.contains(" <- java.sql.SQLException at "), chain);
        assertFalse(chain.contains("0612345678") || chain.contains("Jan"), chain);
    }
}
