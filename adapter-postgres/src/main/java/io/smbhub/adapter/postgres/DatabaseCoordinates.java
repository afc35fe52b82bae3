package io.smbhub.adapter.postgres;

import java.util.Objects;

/**
 * Where a PostgreSQL database is and how to log in to it: a JDBC URL plus user name and password.
 */
public record DatabaseCoordinates(String jdbcUrl, String username, String password) {

    public DatabaseCoordinates {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    /** The same server and login with another database name in the URL (query parameters are kept). */
    public DatabaseCoordinates withDatabase(String database) {
        int slash = jdbcUrl.indexOf('/', "jdbc:postgresql://".length());
        if (!jdbcUrl.startsWith("jdbc:postgresql://") || slash < 0) {
            throw new IllegalArgumentException("not a jdbc:postgresql://host/database URL: " + jdbcUrl);
        }
        int query = jdbcUrl.indexOf('?', slash);
        String suffix = query < 0 ? "" : jdbcUrl.substring(query);
        return new DatabaseCoordinates(jdbcUrl.substring(0, slash + 1) + database + suffix, username, password);
    }

    /** The same server and database with another login. */
    public DatabaseCoordinates withLogin(String otherUsername, String otherPassword) {
        return new DatabaseCoordinates(jdbcUrl, otherUsername, otherPassword);
    }

    /** Hides the password so coordinates can be logged. */
    @Override
    public String toString() {
        return "DatabaseCoordinates[jdbcUrl=" + jdbcUrl + ", username=" + username + "]";
    }
}
