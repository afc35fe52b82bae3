package io.smbhub.application.port.out;

import io.smbhub.domain.shared.FileId;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;

import java.time.Instant;
import java.util.UUID;

/**
 * Metadata of a stored file (spec smb-hub-prd.md 2.1 File): where the bytes are ({@code storageProvider} LOCAL or
 * S3, {@code bucket}, {@code objectKey}), the name and media type shown, {@code sizeBytes}, SHA-256 of the bytes
 * (64 lower-case hex), what it belongs to ({@code linkedEntityType} MESSAGE, INVOICE, … and id), who uploaded it
 * (null for email attachments and system files), when (UTC).
 */
public record StoredFile(FileId id, TenantId tenantId, String storageProvider, String bucket, String objectKey,
                         String fileName, String mimeType, long sizeBytes, String checksumSha256,
                         LinkedEntity linkedEntityType, UUID linkedEntityId, UserId uploadedBy, Instant createdAt) {

    /** What a file is attached to (spec File.linked_entity_type). */
    public enum LinkedEntity { CONTACT, WORK_ITEM, MESSAGE, QUOTE, INVOICE, EXPENSE, TEMPLATE }
}
