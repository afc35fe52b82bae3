package io.smbhub.adapter.rest.inbox;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.adapter.rest.http.ApiException;
import io.smbhub.adapter.rest.http.ErrorMapper;
import io.smbhub.adapter.rest.http.Responses;
import io.smbhub.application.port.in.inbox.ReceiveEmailUseCase;
import io.smbhub.domain.shared.ErrorCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The inbound-parse endpoint (issue 5 "Inbound"; spec smb-hub-prd.md 3.4): a mail provider posts each received email
 * as raw MIME ({@code message/rfc822}, or {@code application/octet-stream}), at most
 * {@link ReceiveEmailUseCase#MAX_BYTES} bytes. No user token: the credential is the deployment secret sent as
 * {@code Authorization: Bearer <secret>}, configured as {@code smbhub.inbound.secret} or the environment variable
 * {@code INBOUND_EMAIL_SECRET} and compared in constant time. Without a configured secret the route refuses every
 * request with 503 {@code UNAVAILABLE}; a wrong or missing secret is 401 {@code UNAUTHORIZED}; a bigger body is 413
 * {@code PAYLOAD_TOO_LARGE}. The tenant is chosen by the recipient address (envelope recipients from the repeatable
 * {@code to} query parameter and the comma-separated {@code X-Envelope-To} header first), never by the caller, and
 * is not revealed. Answers 201 for a new message, 200 for a {@code Message-ID} already stored (a provider's retry).
 */
@Controller("/v1/inbound")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Inbox")
@SecurityScheme(name = InboundEmailController.SECURITY_SCHEME, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The deployment's inbound email secret (INBOUND_EMAIL_SECRET), not a user token")
public class InboundEmailController {

    static final String SECURITY_SCHEME = "inboundEmailSecret";
    static final String MESSAGE_RFC822 = "message/rfc822";

    private static final Logger LOG = LoggerFactory.getLogger(InboundEmailController.class);
    private static final String BEARER = "Bearer ";

    private final ReceiveEmailUseCase receiver;
    @Nullable
    private final byte[] secretDigest;

    /**
     * @param secret    {@code smbhub.inbound.secret}; blank: not configured
     * @param envSecret {@code INBOUND_EMAIL_SECRET} (the property {@code inbound.email.secret}), used when
     *                  {@code secret} is blank
     */
    public InboundEmailController(ReceiveEmailUseCase receiver,
                                  @Value("${smbhub.inbound.secret:}") @Nullable String secret,
                                  @Value("${inbound.email.secret:}") @Nullable String envSecret) {
        this.receiver = receiver;
        String configured = secret != null && !secret.isBlank() ? secret.strip()
                : envSecret != null && !envSecret.isBlank() ? envSecret.strip() : null;
        this.secretDigest = configured == null ? null : sha256(configured);
        if (configured == null) {
            LOG.info("Inbound email endpoint POST /v1/inbound/email is off: set INBOUND_EMAIL_SECRET to enable it");
        } else if (configured.length() < 24) {
            LOG.warn("INBOUND_EMAIL_SECRET is shorter than 24 characters; use a long random secret");
        }
    }

    /** What happened to the posted email: its conversation and message, and whether it had been stored before. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "InboundEmailReceipt")
    public record ReceiptDto(UUID conversationId, UUID messageId, boolean duplicate) {
    }

    @Post("/email")
    @Consumes({MESSAGE_RFC822, MediaType.APPLICATION_OCTET_STREAM})
    @SecurityRequirement(name = SECURITY_SCHEME)
    @Operation(operationId = "receiveInboundEmail", summary = "Receive one email as raw MIME from the mail provider (deployment secret as bearer token)",
            description = "Routed to the tenant whose inbound address (GET /v1/settings/email inbound_address) is among the "
                    + "recipients: envelope recipients (query to, header X-Envelope-To) first, then Delivered-To, To, Cc. "
                    + "Threaded by In-Reply-To/References, attachments stored, sender matched to a contact by email. "
                    + "Idempotent per Message-ID and tenant. Errors: 401 wrong secret, 503 not configured, 413 over 25 MiB, "
                    + "422 VALIDATION_ERROR (not a mail message, no tenant address among the recipients), "
                    + "502 PROVIDER_ERROR (file storage failed: retry).")
    @RequestBody(content = {@Content(mediaType = MESSAGE_RFC822, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "201", description = "Stored as a new message",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReceiptDto.class)))
    @ApiResponse(responseCode = "200", description = "Already stored (same Message-ID); nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReceiptDto.class)))
    public HttpResponse<?> receive(HttpRequest<?> request, @Nullable @Body byte[] body,
                                   @Nullable @QueryValue("to") @Parameter(description = "Envelope recipient (repeatable: to=a@x&to=b@y)", explode = Explode.TRUE) List<String> to,
                                   @Nullable @Header("X-Envelope-To") @Parameter(description = "Envelope recipients, comma-separated") String envelopeTo) {
        if (secretDigest == null) {
            return ErrorMapper.of(request, HttpStatus.SERVICE_UNAVAILABLE, ErrorCode.UNAVAILABLE.name(),
                    "Inbound email is not configured on this server: set INBOUND_EMAIL_SECRET (smbhub.inbound.secret)",
                    List.of());
        }
        if (!authorized(request.getHeaders().get(HttpHeaders.AUTHORIZATION))) {
            return ErrorMapper.of(request, HttpStatus.UNAUTHORIZED, ErrorCode.UNAUTHORIZED.name(),
                    "Send Authorization: Bearer <INBOUND_EMAIL_SECRET> (the deployment's inbound email secret)", List.of())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (body != null && body.length > ReceiveEmailUseCase.MAX_BYTES) {
            throw new ApiException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "PAYLOAD_TOO_LARGE", "The email is "
                    + body.length + " bytes; at most " + ReceiveEmailUseCase.MAX_BYTES + " bytes (25 MiB) are accepted", List.of());
        }
        if (body == null || body.length == 0) {
            throw ApiException.invalid("message", "The request body must be the raw email (Content-Type: message/rfc822)");
        }
        ReceiveEmailUseCase.ReceivedEmail received = receiver.receive(body, recipients(to, envelopeTo));
        LOG.info("Inbound email stored as message {} in conversation {} (duplicate: {})", received.messageId(),
                received.conversationId(), received.duplicate());
        ReceiptDto receipt = new ReceiptDto(UUID.fromString(received.conversationId()),
                UUID.fromString(received.messageId()), received.duplicate());
        return HttpResponse.status(received.duplicate() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(Responses.envelope(request, receipt));
    }

    /** Compares SHA-256 digests of the sent and the configured secret, so the time taken reveals neither. */
    private boolean authorized(@Nullable String header) {
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        return MessageDigest.isEqual(sha256(header.substring(BEARER.length()).strip()), secretDigest);
    }

    private static List<String> recipients(@Nullable List<String> query, @Nullable String header) {
        List<String> out = new ArrayList<>();
        if (query != null) {
            query.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        if (header != null) {
            for (String part : header.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return List.copyOf(out);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
