package io.smbhub.application.port.in.inbox;

import java.util.List;

/**
 * Takes in one received email (issue 5 "Inbound"; spec smb-hub-prd.md 3.4, Epic 3): from the inbound-parse
 * endpoint ({@code POST /v1/inbound/email}) or the IMAP poller. The raw MIME is parsed, routed to the tenant whose
 * inbound address is among the recipients ({@code envelopeRecipients} first, then {@code Delivered-To}/{@code To}/
 * {@code Cc}), threaded into a conversation by {@code In-Reply-To}/{@code References}, stored as an INBOUND message
 * with its attachments, and matched to a contact by the sender's email — all in one tenant transaction
 * (attachment bytes are written to file storage first).
 *
 * <p>Idempotent: the same {@code Message-ID} received again for the same tenant answers the stored message with
 * {@code duplicate = true} and changes nothing, so a provider's retry or a re-polled mailbox never doubles a
 * message. Errors: {@code VALIDATION_ERROR} on {@code message} (not a mail message, too large) or on
 * {@code recipient} (no tenant inbound address among the recipients); {@code PROVIDER_ERROR} when file storage fails
 * (nothing stored; the sender should retry).
 */
public interface ReceiveEmailUseCase {

    /** Maximum raw size accepted, in bytes (25 MiB, the common provider limit). */
    int MAX_BYTES = 25 * 1024 * 1024;

    /**
     * @param rawMime            the message as {@code message/rfc822} bytes
     * @param envelopeRecipients SMTP envelope recipients when the caller knows them (may be empty)
     */
    ReceivedEmail receive(byte[] rawMime, List<String> envelopeRecipients);

    /** Where the email went: tenant, conversation and message ids (UUID text), and whether it was already stored. */
    record ReceivedEmail(String tenantId, String conversationId, String messageId, boolean duplicate) {
    }
}
