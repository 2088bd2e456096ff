package nl.entree.support.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * A schema of its own, migrated by the module's Flyway migrations up to an older version: for a test that a later
 * migration keeps the rows stored before it. Tables are named with the schema ({@link #table}) rather than through a
 * search path, which would stay on a pooled connection after the test. Closing drops the schema.
 */
public final class OlderSchema implements AutoCloseable {

    private final DataSource dataSource;
    private final String name;

    private OlderSchema(DataSource dataSource, String name) {
        this.dataSource = dataSource;
        this.name = name;
    }

    /** The schema {@code name}, new, migrated up to and including {@code version}. */
    public static OlderSchema at(DataSource dataSource, String name, String version) {
        OlderSchema schema = new OlderSchema(dataSource, name);
        schema.flyway(version).migrate();
        return schema;
    }

    /** {@code table}, named with this schema. */
    public String table(String table) {
        return name + "." + table;
    }

    public void migrateToLatest() {
        flyway(null).migrate();
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + name + " cascade");
        }
    }

    private Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(dataSource).schemas(name);
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }
}
