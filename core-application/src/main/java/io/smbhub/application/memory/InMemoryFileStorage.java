package io.smbhub.application.memory;

import io.smbhub.application.port.out.FileStorage;
import io.smbhub.domain.shared.DomainException;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link FileStorage} in memory for embedders' tests: provider {@code MEMORY}, bucket {@code memory}. Writes are not
 * transactional (like a real object store) and replace the same key.
 */
public final class InMemoryFileStorage implements FileStorage {

    private final Map<String, byte[]> objects = new ConcurrentHashMap<>();

    @Override
    public String provider() {
        return "MEMORY";
    }

    @Override
    public String bucket() {
        return "memory";
    }

    @Override
    public void put(String key, String contentType, byte[] content) {
        objects.put(key, content.clone());
    }

    @Override
    public byte[] get(String key) {
        byte[] bytes = objects.get(key);
        if (bytes == null) {
            throw DomainException.notFound("File object", key);
        }
        return bytes.clone();
    }

    @Override
    public void delete(String key) {
        objects.remove(key);
    }

    /** How many objects are stored (tests). */
    public int size() {
        return objects.size();
    }
}
