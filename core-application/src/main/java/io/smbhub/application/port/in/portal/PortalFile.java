package io.smbhub.application.port.in.portal;

/**
 * The printable document offered for download on the portal (PDF in production): file name such as
 * {@code INV-000123.pdf}, media type, bytes.
 */
public record PortalFile(String filename, String contentType, byte[] content) {
}
