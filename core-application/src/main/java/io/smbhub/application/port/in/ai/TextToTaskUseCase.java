package io.smbhub.application.port.in.ai;

import io.smbhub.application.port.in.Actor;
import io.smbhub.domain.shared.FileId;
import io.smbhub.domain.shared.MessageId;

/**
 * Text-to-Task (spec smb-hub-prd.md 1.4.A, 10.5, Story 7.1; issue 6): turns a message, a file or pasted text into an
 * {@code AiDraft} in PENDING_QC, made by an {@code AI_PARSE} background job — by the language model when one is
 * available, else by the offline rule-based extractor (lower confidence, always reviewed). Nothing is ever sent or
 * charged. Needs {@code WORK_WRITE} (and {@code INBOX_READ} on the message for a message). Errors: {@code FORBIDDEN},
 * {@code NOT_FOUND} (message or file), {@code VALIDATION_ERROR} (empty text, text over 20,000 characters, a file
 * without readable text), {@code AI_UNAVAILABLE} (a model is configured but down: its circuit is open),
 * {@code QUOTA_EXCEEDED} (the tenant's monthly AI budget is used up and a model would be called).
 */
public interface TextToTaskUseCase {

    /** Parses an inbox message (subject + body); a second call for the same message answers the existing draft/job. */
    ParseView parseMessage(Actor actor, MessageId message);

    /** Parses pasted or typed text into a new MANUAL draft. */
    ParseView parseText(Actor actor, String text);

    /** Parses a stored file (e.g. an email attachment) with readable text; once per file like a message. */
    ParseView parseFile(Actor actor, FileId file);

    /** Stores an uploaded document ({@code fileName}, {@code mimeType}, bytes ≤ 25 MiB) and parses it as a FILE draft. */
    ParseView parseUpload(Actor actor, String fileName, String mimeType, byte[] bytes);
}
