package io.smbhub.adapter.rest.settings;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.adapter.rest.http.ApiException;
import io.smbhub.adapter.rest.http.Envelope;
import io.smbhub.adapter.rest.http.JsonInput;
import io.smbhub.adapter.rest.http.JsonObject;
import io.smbhub.adapter.rest.http.Responses;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.settings.EmailSettingsUseCase;
import io.smbhub.application.port.in.settings.EmailSettingsView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Instant;

/**
 * The tenant's email settings (issue 5; enterprise-business-os.md feature 17 "White-Labeling"): sender name,
 * reply-to, branding, signature, an own SMTP server, and the tenant's inbound address. The SMTP password is
 * write-only: stored encrypted, never returned ({@code password_set} says whether one is stored).
 */
@Controller("/v1/settings/email")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Settings")
public class EmailSettingsController {

    private final EmailSettingsUseCase settings;

    public EmailSettingsController(EmailSettingsUseCase settings) {
        this.settings = settings;
    }

    /** The settings as set and as used; {@code smtp} null: the platform's mail server. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "EmailSettings")
    public record EmailSettingsDto(@Nullable String fromName, String effectiveFromName, @Nullable String replyTo,
                                   @Nullable String effectiveReplyTo,
                                   @Schema(description = "The tenant's own address that feeds its inbox; forward your public address to it")
                                   String inboundAddress,
                                   @Nullable @Schema(example = "#1F6FEB") String brandColor, @Nullable String signature,
                                   @Nullable SmtpDto smtp, long version, @Nullable Instant updatedAt) {
        static EmailSettingsDto of(EmailSettingsView v) {
            return new EmailSettingsDto(v.fromName(), v.effectiveFromName(), v.replyTo(), v.effectiveReplyTo(),
                    v.inboundAddress(), v.brandColor(), v.signature(), v.smtp() == null ? null : SmtpDto.of(v.smtp()),
                    v.version(), v.updatedAt());
        }
    }

    /** The tenant's own SMTP server as shown: never the password. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SmtpServer")
    public record SmtpDto(String host, int port, @Schema(allowableValues = {"NONE", "STARTTLS", "TLS"}) String security,
                          @Nullable String username, boolean passwordSet, String fromAddress) {
        static SmtpDto of(EmailSettingsView.Smtp s) {
            return new SmtpDto(s.host(), s.port(), s.security(), s.username(), s.passwordSet(), s.fromAddress());
        }
    }

    /** Request body of PUT (documentation): replaces every field. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "EmailSettingsRequest")
    public record Request(@Nullable @Schema(example = "Acme Plumbing") String fromName,
                          @Nullable @Schema(example = "office@acme.example") String replyTo,
                          @Nullable @Schema(example = "#1F6FEB") String brandColor, @Nullable String signature,
                          @Nullable @Schema(description = "null: use the platform's mail server") SmtpRequest smtp,
                          @Nullable @Schema(description = "Refuse with 409 unless this is the current version") Long ifMatchVersion) {
    }

    /** An own SMTP server in a PUT (documentation). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "SmtpServerRequest")
    public record SmtpRequest(@Schema(example = "smtp.acme.example") String host, @Schema(example = "587") Integer port,
                              @Schema(allowableValues = {"NONE", "STARTTLS", "TLS"}) String security,
                              @Nullable String username,
                              @Nullable @Schema(description = "Stored encrypted, never shown again; null keeps the stored one "
                                      + "while host and username stay the same") String password,
                              @Schema(example = "billing@acme.example") String fromAddress) {
    }

    @Get
    @Operation(operationId = "getEmailSettings", summary = "The business's email settings and inbound address")
    public HttpResponse<Envelope<EmailSettingsDto>> get(@Parameter(hidden = true) Actor actor, HttpRequest<?> request) {
        return Responses.ok(request, EmailSettingsDto.of(settings.get(actor)));
    }

    @Put
    @Operation(operationId = "setEmailSettings", summary = "Replace the email settings (sender, branding, own SMTP server)",
            description = "The SMTP password is stored encrypted at rest and never returned; audited without it. "
                    + "Errors: VALIDATION_ERROR naming the field (bad address, color, port or security), CONFLICT on a "
                    + "stale if_match_version (with the settings as they are now).")
    @RequestBody(content = @Content(schema = @Schema(implementation = Request.class)))
    public HttpResponse<Envelope<EmailSettingsDto>> put(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                        @Nullable @Body String body) {
        JsonObject json = JsonInput.object(body);
        JsonObject smtp = json.object("smtp");
        var command = new EmailSettingsUseCase.UpdateEmailSettingsCommand(json.string("from_name"),
                json.string("reply_to"), json.string("brand_color"), json.string("signature"),
                smtp == null ? null : new EmailSettingsUseCase.SmtpCommand(smtp.string("host"), port(smtp),
                        smtp.string("security"), smtp.string("username"), smtp.string("password"),
                        smtp.string("from_address")));
        Long expected = json.longValue("if_match_version");
        return Responses.updated(request, expected,
                () -> EmailSettingsDto.of(settings.update(actor, expected, command)),
                () -> EmailSettingsDto.of(settings.get(actor)));
    }

    /** The port as an int; out of the int range is refused here (the core checks 1–65535). */
    @Nullable
    private static Integer port(JsonObject smtp) {
        Long port = smtp.longValue("port");
        if (port == null) {
            return null;
        }
        if (port < Integer.MIN_VALUE || port > Integer.MAX_VALUE) {
            throw ApiException.invalid(smtp.field("port"), smtp.field("port")
                    + " must be between 1 and 65535, got " + port);
        }
        return port.intValue();
    }
}
