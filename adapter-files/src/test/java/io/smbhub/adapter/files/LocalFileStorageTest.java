package io.smbhub.adapter.files;

import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class LocalFileStorageTest {

    @TempDir
    Path temp;

    private LocalFileStorage storage() {
        return new LocalFileStorage(temp.resolve("data").resolve("files"));
    }

    @Test
    void createsAMissingRootAndNamesItselfAfterIt() {
        LocalFileStorage storage = storage();

        assertThat(Files.isDirectory(temp.resolve("data/files"))).isTrue();
        assertThat(storage.provider()).isEqualTo("LOCAL");
        assertThat(storage.bucket()).isEqualTo("files");
    }

    @Test
    void storedBytesAreReadBackUnchangedFromTheKeysPathUnderTheRoot() throws Exception {
        LocalFileStorage storage = storage();
        byte[] content = new byte[256];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) i;
        }

        storage.put("tenants/t-1/messages/m-1/invoice_2026-01.pdf", "application/pdf", content);

        assertThat(storage.get("tenants/t-1/messages/m-1/invoice_2026-01.pdf")).isEqualTo(content);
        assertThat(Files.readAllBytes(storage.root().resolve("tenants/t-1/messages/m-1/invoice_2026-01.pdf")))
                .isEqualTo(content);
    }

    @Test
    void anEmptyObjectIsStoredAndReadBack() {
        LocalFileStorage storage = storage();

        storage.put("empty.txt", null, new byte[0]);

        assertThat(storage.get("empty.txt")).isEmpty();
    }

    @Test
    void puttingAKeyAgainReplacesTheObjectAndLeavesNoTemporaryFiles() throws Exception {
        LocalFileStorage storage = storage();
        storage.put("a/receipt.jpg", "image/jpeg", "first version, longer".getBytes(StandardCharsets.UTF_8));

        storage.put("a/receipt.jpg", "image/jpeg", "second".getBytes(StandardCharsets.UTF_8));

        assertThat(new String(storage.get("a/receipt.jpg"), StandardCharsets.UTF_8)).isEqualTo("second");
        try (Stream<Path> files = Files.list(storage.root().resolve("a"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("receipt.jpg");
        }
    }

    @Test
    void readingAMissingKeyIsNotFoundNamingTheKey() {
        LocalFileStorage storage = storage();

        DomainException error = catchThrowableOfType(DomainException.class, () -> storage.get("tenants/t-1/nothing.pdf"));

        assertThat(error.code()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(error.getMessage()).contains("tenants/t-1/nothing.pdf").contains("'files'");
    }

    @Test
    void readingAKeyThatIsOnlyADirectoryOfOtherObjectsIsNotFound() {
        LocalFileStorage storage = storage();
        storage.put("tenants/t-1/a.pdf", "application/pdf", new byte[] {1});

        assertThatThrownBy(() -> storage.get("tenants/t-1"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void deleteRemovesTheObjectAndDeletingAMissingKeyIsFine() {
        LocalFileStorage storage = storage();
        storage.put("tenants/t-1/a.pdf", "application/pdf", new byte[] {1, 2, 3});

        storage.delete("tenants/t-1/a.pdf");
        storage.delete("tenants/t-1/a.pdf");
        storage.delete("never/stored.bin");
        storage.delete("tenants");

        assertThatThrownBy(() -> storage.get("tenants/t-1/a.pdf"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @ParameterizedTest(name = "key \"{0}\" is refused")
    @ValueSource(strings = {
            "../outside.txt", "a/../../outside.txt", "a/../b", "./a", "a/.", "..",
            "/etc/passwd", "/abs.txt", "a//b", "a/", "", "a b.pdf", "a\\b", "C:x", "ä.pdf", "a/b\n.pdf", "a?b", "%2e%2e/x"})
    void keysOutsideTheRuleAreRefusedForEveryOperationAndWriteNothing(String key) throws Exception {
        LocalFileStorage storage = storage();

        for (Runnable operation : List.<Runnable>of(
                () -> storage.put(key, "text/plain", new byte[] {1}),
                () -> storage.get(key),
                () -> storage.delete(key))) {
            DomainException error = catchThrowableOfType(DomainException.class, operation::run);
            assertThat(error).as("operation on key %s", key).isNotNull();
            assertThat(error.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
            assertThat(error.details()).extracting(FieldError::field).containsExactly("key");
        }
        try (Stream<Path> everything = Files.walk(temp)) {
            assertThat(everything.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void aKeyLongerThanS3AllowsIsRefused() {
        LocalFileStorage storage = storage();
        String key = "a".repeat(ObjectKeys.MAX_LENGTH + 1);

        assertThatThrownBy(() -> storage.put(key, null, new byte[] {1}))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR));
    }

    @Test
    void aFilesystemFailureIsAProviderErrorNamingTheKeyButNotTheDiskPath() {
        LocalFileStorage storage = storage();
        storage.put("a", "text/plain", new byte[] {1});

        DomainException error = catchThrowableOfType(DomainException.class,
                () -> storage.put("a/b.pdf", "application/pdf", new byte[] {2}));

        assertThat(error.code()).isEqualTo(ErrorCode.PROVIDER_ERROR);
        assertThat(error.getMessage()).contains("'a/b.pdf'").doesNotContain(temp.toString());
        assertThat(error.getCause()).isNotNull();
    }

    @Test
    void concurrentPutsOfOneKeyAlwaysLeaveAndShowACompleteObject() throws Exception {
        LocalFileStorage storage = storage();
        int writers = 6;
        int size = 512 * 1024;
        List<byte[]> versions = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            byte[] version = new byte[size];
            Arrays.fill(version, (byte) (w + 1));
            versions.add(version);
        }
        storage.put("tenants/t-1/shared.bin", "application/octet-stream", versions.get(0));
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> tornReads = new CopyOnWriteArrayList<>();
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                byte[] version = versions.get(w);
                writes.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 15; i++) {
                        storage.put("tenants/t-1/shared.bin", "application/octet-stream", version);
                    }
                    return null;
                }));
            }
            Future<?> reader = pool.submit(() -> {
                start.await();
                while (writing.get()) {
                    byte[] read = storage.get("tenants/t-1/shared.bin");
                    if (!isOneVersion(read, size)) {
                        tornReads.add("read " + read.length + " bytes starting with " + (read.length > 0 ? read[0] : -1));
                    }
                }
                return null;
            });
            start.countDown();
            for (Future<?> write : writes) {
                write.get(60, TimeUnit.SECONDS);
            }
            writing.set(false);
            reader.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(tornReads).isEmpty();
        assertThat(isOneVersion(storage.get("tenants/t-1/shared.bin"), size)).isTrue();
        try (Stream<Path> files = Files.list(storage.root().resolve("tenants/t-1"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("shared.bin");
        }
    }

    private static boolean isOneVersion(byte[] read, int size) {
        if (read.length != size) {
            return false;
        }
        for (byte b : read) {
            if (b != read[0]) {
                return false;
            }
        }
        return read[0] >= 1 && read[0] <= 6;
    }
}
