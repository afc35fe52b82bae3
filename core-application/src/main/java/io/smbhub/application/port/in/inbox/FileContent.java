package io.smbhub.application.port.in.inbox;

/** A file's bytes to download, with the name and media type to send them under. */
public record FileContent(String fileName, String mimeType, byte[] content) {
}
