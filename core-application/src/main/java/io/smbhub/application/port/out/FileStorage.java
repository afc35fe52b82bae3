package io.smbhub.application.port.out;

/**
 * Where file bytes live (ARCHITECTURE.md port {@code FileStorage}; spec smb-hub-prd.md 2.1 File): the local
 * filesystem for the embedded default, an S3-compatible bucket (AWS S3, Cloudflare R2, MinIO…) in production.
 * The core picks the object keys ({@code tenants/<tenant id>/…}); metadata lives in the database, bytes here.
 *
 * <p>Writes are idempotent: putting the same key again replaces the object, so a retried job may store twice.
 * Errors: {@code PROVIDER_ERROR} when the store cannot be reached or refuses; {@code NOT_FOUND} from {@link #get}
 * when no object has the key.
 */
public interface FileStorage {

    /** Which kind of store this is: {@code LOCAL}, {@code S3} (spec File.storage_provider). */
    String provider();

    /** The bucket (S3) or root directory name (LOCAL) objects are stored in, recorded with each file. */
    String bucket();

    /** Stores {@code content} under {@code key} (a relative path of safe segments: {@code [A-Za-z0-9._-]}, '/'-separated). */
    void put(String key, String contentType, byte[] content);

    /** The bytes stored under {@code key}. */
    byte[] get(String key);

    /** Removes the object; removing a missing key is not an error. */
    void delete(String key);
}
