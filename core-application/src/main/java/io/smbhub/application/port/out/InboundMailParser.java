package io.smbhub.application.port.out;

/**
 * Parses a raw RFC 5322 / MIME message ({@code message/rfc822} bytes, as an inbound-parse provider posts it or as
 * an IMAP server stores it) into an {@link InboundEmail} (issue 5). Decodes encoded words, quoted-printable and
 * base64, any charset; walks nested multiparts.
 *
 * <p>Errors: {@code VALIDATION_ERROR} (field {@code message}) when the bytes are not a mail message at all (no
 * {@code From}, unreadable headers) or larger than the limit the caller enforces.
 */
public interface InboundMailParser {
    InboundEmail parse(byte[] rawMime);
}
