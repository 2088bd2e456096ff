package nl.entree.support.dev;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the services' databases on an external PostgreSQL for {@code bin/entree up}.
 *
 * <p>Usage: {@code CreateDatabases ADMIN_JDBC_URL USER PASSWORD DATABASE...}
 */
public final class CreateDatabases {

    private CreateDatabases() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length < 4) {
            throw new IllegalArgumentException("usage: CreateDatabases ADMIN_JDBC_URL USER PASSWORD DATABASE...");
        }
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2]); Statement s = c.createStatement()) {
            for (int i = 3; i < args.length; i++) {
                String database = args[i];
                if (!database.matches("[a-z_][a-z0-9_]*")) {
                    throw new IllegalArgumentException("Not a plain database name: " + database);
                }
                try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                    if (rs.next()) {
                        continue;
                    }
                }
                s.execute("create database " + database);
            }
        }
    }
}
