package io.smbhub.application.port.out;

import java.util.Optional;

/**
 * Reads the text of an uploaded document for Text-to-Task (issue 6): plain text ({@code text/*}) and PDFs with a
 * text layer. Answers empty for a media type it cannot read (images, scans without text, archives).
 * Errors: {@code VALIDATION_ERROR} on {@code file} for a damaged or encrypted document.
 */
public interface FileTextReader {

    /** The document's text (≤ 100,000 characters, cut beyond), or empty when this media type has no readable text. */
    Optional<String> read(String mimeType, byte[] bytes);
}
