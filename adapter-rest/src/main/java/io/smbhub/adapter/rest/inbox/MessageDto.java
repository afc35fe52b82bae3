package io.smbhub.adapter.rest.inbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.application.port.in.inbox.FileView;
import io.smbhub.application.port.in.inbox.MessageView;
import io.smbhub.domain.inbox.DeliveryStatus;
import io.smbhub.domain.inbox.MessageDirection;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message of a conversation in responses (spec smb-hub-prd.md 2.1 "Message", 3.5): addresses as
 * {@code "Name <address>"} or bare, bodies, threading headers, attachments (downloaded at their
 * {@code download_path}), delivery {@code status} with {@code failure_reason}; times UTC.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Message")
public record MessageDto(UUID id, UUID conversationId, MessageDirection direction, String from, List<String> to,
                         List<String> cc, @Nullable String subject,
                         @Nullable @Schema(description = "Plain text; an outbound body shows {{portal_url}} where the portal link goes") String bodyText,
                         @Nullable @Schema(description = "The sender's HTML as received: untrusted, sanitize before display") String bodyHtml,
                         @Nullable @Schema(description = "The Message-ID header") String internetMessageId,
                         @Nullable String inReplyTo, List<AttachmentDto> attachments,
                         @Nullable @Schema(allowableValues = {"QUOTE", "INVOICE"}) String documentKind,
                         @Nullable UUID documentId,
                         @Nullable @Schema(description = "What the email was for, e.g. invoice_sent, ar_reminder_1, reply; null for inbound") String purpose,
                         @Schema(description = "RECEIVED (inbound); QUEUED → SENT once the mail server accepted it, or FAILED") DeliveryStatus status,
                         @Nullable String failureReason, @Nullable Instant sentAt, @Nullable UUID createdBy,
                         Instant createdAt, long version,
                         @Schema(description = "Actions the caller may take now (spec 12.7), e.g. retry on a FAILED message")
                         List<String> allowedActions) {

    public static MessageDto of(MessageView v) {
        return new MessageDto(v.id(), v.conversationId(), v.direction(), v.from(), v.to(), v.cc(), v.subject(),
                v.bodyText(), v.bodyHtml(), v.internetMessageId(), v.inReplyTo(),
                v.attachments().stream().map(AttachmentDto::of).toList(), v.documentKind(), v.documentId(),
                v.purpose(), v.status(), v.failureReason(), v.sentAt(), v.createdBy(), v.createdAt(), v.version(),
                v.allowedActions());
    }

    /** A stored attachment: name, media type, size in bytes, SHA-256 (hex), and where to download it. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Attachment")
    public record AttachmentDto(UUID id, String fileName, String mimeType, long sizeBytes, String checksumSha256,
                                Instant createdAt, @Schema(example = "/v1/files/0b5c…") String downloadPath) {
        static AttachmentDto of(FileView f) {
            return new AttachmentDto(f.id(), f.fileName(), f.mimeType(), f.sizeBytes(), f.checksumSha256(),
                    f.createdAt(), "/v1/files/" + f.id());
        }
    }
}
