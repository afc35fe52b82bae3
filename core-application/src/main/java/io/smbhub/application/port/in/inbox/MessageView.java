package io.smbhub.application.port.in.inbox;

import io.smbhub.domain.inbox.DeliveryStatus;
import io.smbhub.domain.inbox.MessageDirection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message as clients read it (spec smb-hub-prd.md 2.1 Message, 3.5): addresses as {@code "Name <address>"} or bare
 * address; {@code bodyText} (an outbound body shows {@code {{portal_url}}} where the client-portal link goes — the
 * link itself is made when the email is sent and never stored); {@code internetMessageId} (the {@code Message-ID});
 * {@code attachments}; {@code documentKind}/{@code documentId} of an attached quote or invoice (or nulls);
 * {@code purpose} (wire value, e.g. {@code invoice_sent}, null for inbound); delivery {@code status} with
 * {@code failureReason} (last error; shown with a {@code retry} action when FAILED); {@code sentAt} (UTC; the
 * {@code Date} of an inbound mail), {@code createdAt} (received or queued, UTC), {@code createdBy} (null for inbound
 * and system mail).
 */
public record MessageView(UUID id, UUID conversationId, MessageDirection direction, String from, List<String> to,
                          List<String> cc, String subject, String bodyText, String bodyHtml, String internetMessageId,
                          String inReplyTo, List<FileView> attachments, String documentKind, UUID documentId,
                          String purpose, DeliveryStatus status, String failureReason, Instant sentAt, UUID createdBy,
                          Instant createdAt, long version, List<String> allowedActions) {
    public MessageView {
        to = List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        allowedActions = allowedActions == null ? List.of() : List.copyOf(allowedActions);
    }
}
