package nl.entree.support.db;

/** Where a database is and how to log in. */
public record DatabaseSettings(String url, String username, String password) {
}
