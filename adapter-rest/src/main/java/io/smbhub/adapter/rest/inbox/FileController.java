package io.smbhub.adapter.rest.inbox;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.smbhub.adapter.rest.http.PathIds;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.inbox.ConversationQueries;
import io.smbhub.application.port.in.inbox.FileContent;
import io.smbhub.domain.shared.FileId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Downloads of stored files (spec smb-hub-prd.md 2.1 "File"; issue 5 attachments): the bytes as an attachment, never
 * rendered in the API's origin — {@code Content-Disposition: attachment} with an ASCII {@code filename} and the exact
 * name as {@code filename*} (RFC 6266 / RFC 8187, UTF-8), {@code X-Content-Type-Options: nosniff} and a sandboxing
 * {@code Content-Security-Policy}; the stored media type is sent without parameters, or as
 * {@code application/octet-stream} when it is not a plain {@code type/subtype}.
 */
@Controller("/v1/files")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Inbox")
public class FileController {

    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*");
    private static final String OCTET_STREAM = "application/octet-stream";
    /** RFC 8187 attr-char besides letters and digits: these stay as they are in {@code filename*}. */
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private final ConversationQueries queries;

    public FileController(ConversationQueries queries) {
        this.queries = queries;
    }

    @Get("/{id}")
    @Operation(operationId = "downloadFile", summary = "Download a stored file (an email attachment) as an attachment")
    @ApiResponse(responseCode = "200", description = "The file's bytes", content = @Content(mediaType = OCTET_STREAM,
            schema = @Schema(type = "string", format = "binary")))
    public HttpResponse<byte[]> download(@Parameter(hidden = true) Actor actor, @PathVariable String id) {
        FileContent file = queries.file(actor, new FileId(PathIds.parse("File", id)));
        return HttpResponse.ok(file.content())
                .contentType(mediaType(file.mimeType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }

    /**
     * The stored media type without parameters when it is a plain {@code type/subtype}, else
     * {@code application/octet-stream}.
     */
    static String mediaType(String stored) {
        String text = stored == null ? "" : stored;
        int parameters = text.indexOf(';');
        String type = (parameters < 0 ? text : text.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
        return MEDIA_TYPE.matcher(type).matches() ? type : OCTET_STREAM;
    }

    /** {@code attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded UTF-8>}. */
    static String contentDisposition(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "attachment" : fileName.strip();
        StringBuilder fallback = new StringBuilder();
        name.codePoints().forEach(c -> fallback.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%'
                ? (char) c : '_'));
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ATTR_CHARS.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }
}
