package io.smbhub.adapter.files;

import io.smbhub.application.port.out.FileStorage;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * {@link FileStorage} on the local filesystem: the embedded default (spec smb-hub-prd.md 2.1 File, issue 5), configured
 * by {@code SMBHUB_FILES_DIR}. The object under key {@code a/b/c.pdf} is the file {@code <root>/a/b/c.pdf}; content
 * types are not kept (the database holds them with the file's metadata).
 *
 * <p>Writes are atomic: the bytes go to a temporary file in the target's directory, are forced to disk, and are then
 * renamed over the target ({@code ATOMIC_MOVE}, or a plain replacing move where the filesystem cannot rename
 * atomically), so a reader or a concurrent writer of the same key sees either the old or a complete new object, never
 * a partial one; with concurrent puts of one key, the last rename wins. Directories are created as needed and are not
 * removed when their last object is deleted.
 *
 * <p>Errors: {@code VALIDATION_ERROR} (field {@code key}) for a key outside the port's rule (see {@link FileStorage#put});
 * {@code NOT_FOUND} from {@link #get} when no file has the key; {@code PROVIDER_ERROR} when the filesystem fails
 * (permissions, disk full, a key colliding with a directory). Messages name the key, not the disk path. Thread-safe.
 */
public final class LocalFileStorage implements FileStorage {

    /** The value of {@link #provider()}. */
    public static final String PROVIDER = "LOCAL";

    private final Path root;

    /**
     * Opens (and creates, with any missing parents) the storage directory {@code root}.
     *
     * @param root the directory holding all objects; relative paths resolve against the working directory
     * @throws DomainException {@code PROVIDER_ERROR} when the directory cannot be created
     */
    public LocalFileStorage(Path root) {
        Objects.requireNonNull(root, "root");
        Path absolute = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
            this.root = absolute.toRealPath();
        } catch (IOException e) {
            throw providerError("Could not create the file storage directory " + absolute + " ("
                    + e.getClass().getSimpleName() + "); check SMBHUB_FILES_DIR and its permissions", e);
        }
    }

    /** Always {@value #PROVIDER}. */
    @Override
    public String provider() {
        return PROVIDER;
    }

    /** The root directory's own name (e.g. {@code files} for {@code ./data/files}). */
    @Override
    public String bucket() {
        Path name = root.getFileName();
        return name == null ? root.toString() : name.toString();
    }

    /** The absolute, real path of the root directory. */
    public Path root() {
        return root;
    }

    /**
     * Stores {@code content} under {@code key}, atomically replacing any previous object.
     *
     * @param key         a relative path of {@code [A-Za-z0-9._-]} segments separated by '/'
     * @param contentType ignored here (kept in the database); may be null
     * @param content     the bytes, stored as given
     * @throws DomainException {@code VALIDATION_ERROR} for a bad key, {@code PROVIDER_ERROR} when writing fails
     */
    @Override
    public void put(String key, String contentType, byte[] content) {
        Objects.requireNonNull(content, "content");
        Path target = resolve(key);
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".part");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw providerError("Could not store file '" + key + "' in local storage '" + bucket() + "' ("
                    + e.getClass().getSimpleName() + "); check that the files directory is writable and has space, "
                    + "then retry", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * The bytes stored under {@code key}.
     *
     * @throws DomainException {@code VALIDATION_ERROR} for a bad key, {@code NOT_FOUND} when no file has the key,
     *                         {@code PROVIDER_ERROR} when reading fails
     */
    @Override
    public byte[] get(String key) {
        Path target = resolve(key);
        try {
            if (!Files.isRegularFile(target)) {
                throw notFound(key);
            }
            return Files.readAllBytes(target);
        } catch (NoSuchFileException e) {
            throw notFound(key);
        } catch (IOException e) {
            throw providerError("Could not read file '" + key + "' from local storage '" + bucket() + "' ("
                    + e.getClass().getSimpleName() + "); check the files directory's permissions, then retry", e);
        }
    }

    /**
     * Removes the object under {@code key}; a missing key (or one naming a directory of other objects) is left as is.
     *
     * @throws DomainException {@code VALIDATION_ERROR} for a bad key, {@code PROVIDER_ERROR} when deleting fails
     */
    @Override
    public void delete(String key) {
        Path target = resolve(key);
        try {
            if (!Files.isDirectory(target)) {
                Files.deleteIfExists(target);
            }
        } catch (IOException e) {
            throw providerError("Could not delete file '" + key + "' from local storage '" + bucket() + "' ("
                    + e.getClass().getSimpleName() + "); check the files directory's permissions, then retry", e);
        }
    }

    /** The file for {@code key}, refused unless the key follows the rule and the path stays under the root. */
    private Path resolve(String key) {
        ObjectKeys.requireValid(key);
        Path target = root.resolve(key).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw DomainException.invalid("key", "File key '" + key + "' points outside the storage directory");
        }
        return target;
    }

    private DomainException notFound(String key) {
        return new DomainException(ErrorCode.NOT_FOUND, "No file is stored under key '" + key + "' in local storage '"
                + bucket() + "'; it may have been deleted or never uploaded");
    }

    private static DomainException providerError(String message, IOException cause) {
        DomainException error = new DomainException(ErrorCode.PROVIDER_ERROR, message);
        error.initCause(cause);
        return error;
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // best effort: a leftover *.part file is harmless and only costs disk space
        }
    }
}
