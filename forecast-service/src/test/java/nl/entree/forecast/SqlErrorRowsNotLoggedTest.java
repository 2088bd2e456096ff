package nl.entree.forecast;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A constraint error carries the row's values in PostgreSQL's message, and a row of another service may hold a
 * person's words: common's logging settings keep Hibernate from writing that message to the log. Hibernate has
 * renamed the category before, which left the setting silently without effect.
 */
@QuarkusTest
class SqlErrorRowsNotLoggedTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aConstraintErrorDoesNotPutTheRowsValuesInTheLog() {
        String marker = "row-value-" + UUID.randomUUID();
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getLoggerName() + " " + record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            // Rolled back whole: the second insert breaks the name's unique constraint, so nothing stays behind.
            assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                for (int i = 0; i < 2; i++) {
                    entityManager.createNativeQuery("insert into scenario (name) values (?1)")
                            .setParameter(1, marker).executeUpdate();
                }
            }));
        } finally {
            root.removeHandler(capture);
        }
        assertFalse(logged.stream().anyMatch(line -> line.contains(marker)), String.join("\n", logged));
    }
}
