package io.smbhub.application.contract;

import io.smbhub.application.port.out.FileRepository;
import io.smbhub.application.port.out.StoredFile;
import io.smbhub.application.port.out.StoredFile.LinkedEntity;
import io.smbhub.domain.shared.FileId;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Contract of {@link FileRepository} (spec smb-hub-prd.md 2.1 File): tenant-scoped metadata of stored files. */
public abstract class FileRepositoryContract extends InboxPortContract {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private FileRepository files() {
        return inbox().files();
    }

    private StoredFile file(TenantId tenant, LinkedEntity type, UUID entity, String name, Instant at) {
        FileId id = new FileId(newId());
        return new StoredFile(id, tenant, "LOCAL", "files", "tenants/" + tenant + "/" + id + "/" + name, name,
                "application/pdf", 1234, SHA, type, entity, null, at);
    }

    private StoredFile stored(StoredFile file) {
        run(file.tenantId(), () -> files().insert(file));
        return file;
    }

    @Test
    void aFileRoundTripsWithEveryField() {
        TenantId tenant = newTenant();
        UserId uploader = newUserId();
        StoredFile f = new StoredFile(new FileId(newId()), tenant, "S3", "smbhub-files",
                "tenants/" + tenant + "/receipt.jpg", "Receipt (March).jpg", "image/jpeg", 5_000_000_123L, SHA,
                LinkedEntity.INVOICE, newId(), uploader, T0);

        run(tenant, () -> files().insert(f));

        assertThat(in(tenant, () -> files().findById(tenant, f.id()))).contains(f);
    }

    @Test
    void optionalFieldsStayEmpty() {
        TenantId tenant = newTenant();
        StoredFile f = new StoredFile(new FileId(newId()), tenant, "LOCAL", "files", "k/attachment.bin", "attachment.bin",
                "application/octet-stream", 0, null, LinkedEntity.MESSAGE, newId(), null, T0);

        run(tenant, () -> files().insert(f));

        assertThat(in(tenant, () -> files().findById(tenant, f.id()))).contains(f);
    }

    @Test
    void insertingAnExistingIdIsAConflict() {
        TenantId tenant = newTenant();
        StoredFile f = stored(file(tenant, LinkedEntity.MESSAGE, newId(), "a.pdf", T0));
        StoredFile impostor = new StoredFile(f.id(), tenant, "LOCAL", "files", "other", "other.pdf", "application/pdf", 1,
                SHA, LinkedEntity.MESSAGE, newId(), null, T0);

        assertConflict(() -> run(tenant, () -> files().insert(impostor)));

        assertThat(in(tenant, () -> files().findById(tenant, f.id()))).contains(f);
    }

    @Test
    void anotherTenantsFilesAreNotFound() {
        TenantId owner = newTenant();
        TenantId other = newTenant();
        UUID message = newId();
        StoredFile f = stored(file(owner, LinkedEntity.MESSAGE, message, "secret.pdf", T0));

        assertThat(in(other, () -> files().findById(other, f.id()))).isEmpty();
        assertThat(in(other, () -> files().listByEntity(other, LinkedEntity.MESSAGE, message))).isEmpty();
        assertThat(in(other, () -> files().listByEntities(other, LinkedEntity.MESSAGE, List.of(message)))).isEmpty();
    }

    @Test
    void anEntitysFilesAreListedInUploadOrder() {
        TenantId tenant = newTenant();
        UUID message = newId();
        StoredFile second = stored(file(tenant, LinkedEntity.MESSAGE, message, "b.pdf", at(Duration.ofSeconds(2))));
        StoredFile first = stored(file(tenant, LinkedEntity.MESSAGE, message, "a.pdf", at(Duration.ofSeconds(1))));
        StoredFile sameTimeLaterId = stored(file(tenant, LinkedEntity.MESSAGE, message, "c.pdf", at(Duration.ofSeconds(2))));
        stored(file(tenant, LinkedEntity.MESSAGE, newId(), "other-message.pdf", T0));
        stored(file(tenant, LinkedEntity.INVOICE, message, "same-id-other-type.pdf", T0));

        assertThat(in(tenant, () -> files().listByEntity(tenant, LinkedEntity.MESSAGE, message)))
                .containsExactly(first, second, sameTimeLaterId);
        assertThat(in(tenant, () -> files().listByEntity(tenant, LinkedEntity.QUOTE, message))).isEmpty();
    }

    @Test
    void theFilesOfSeveralEntitiesAreGroupedByEntityAndEntitiesWithoutFilesAreAbsent() {
        TenantId tenant = newTenant();
        UUID one = newId();
        UUID two = newId();
        UUID none = newId();
        StoredFile a = stored(file(tenant, LinkedEntity.MESSAGE, one, "a.pdf", at(Duration.ofSeconds(1))));
        StoredFile b = stored(file(tenant, LinkedEntity.MESSAGE, two, "b.pdf", at(Duration.ofSeconds(2))));
        StoredFile c = stored(file(tenant, LinkedEntity.MESSAGE, one, "c.pdf", at(Duration.ofSeconds(3))));
        stored(file(tenant, LinkedEntity.INVOICE, two, "invoice.pdf", T0));

        Map<UUID, List<StoredFile>> grouped = in(tenant, () -> files().listByEntities(tenant, LinkedEntity.MESSAGE,
                List.of(one, two, none)));

        assertThat(grouped).containsOnlyKeys(one, two);
        assertThat(grouped.get(one)).containsExactly(a, c);
        assertThat(grouped.get(two)).containsExactly(b);
        assertThat(in(tenant, () -> files().listByEntities(tenant, LinkedEntity.MESSAGE, List.of()))).isEmpty();
    }

    @Test
    void aRolledBackInsertLeavesNoFile() {
        TenantId tenant = newTenant();
        StoredFile f = file(tenant, LinkedEntity.MESSAGE, newId(), "never.pdf", T0);

        runAndRollBack(tenant, () -> files().insert(f));

        assertThat(in(tenant, () -> files().findById(tenant, f.id()))).isEmpty();
    }
}
