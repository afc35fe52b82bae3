package io.smbhub.adapter.rest.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.adapter.rest.http.Envelope;
import io.smbhub.adapter.rest.http.JsonInput;
import io.smbhub.adapter.rest.http.JsonObject;
import io.smbhub.adapter.rest.http.Responses;
import io.smbhub.application.port.in.identity.Identity;
import io.smbhub.application.port.in.identity.LogInCommand;
import io.smbhub.application.port.in.identity.LogInUseCase;
import io.smbhub.application.port.in.identity.SignUpCommand;
import io.smbhub.application.port.in.identity.SignUpUseCase;
import io.smbhub.domain.shared.TenantId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.UUID;

/** Built-in sign-up and login; both answer with a bearer access token. Public routes. */
@Controller("/v1/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Auth")
public class AuthController {

    private final SignUpUseCase signUp;
    private final LogInUseCase logIn;
    private final AccessTokens tokens;

    public AuthController(SignUpUseCase signUp, LogInUseCase logIn, AccessTokens tokens) {
        this.signUp = signUp;
        this.logIn = logIn;
        this.tokens = tokens;
    }

    @Post("/signup")
    @Operation(operationId = "signUp", summary = "Sign up a business and its owner; returns an access token (no token needed)")
    @SecurityRequirements
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @RequestBody(content = @Content(schema = @Schema(implementation = SignUpRequest.class)))
    public HttpResponse<Envelope<TokenDto>> signUp(HttpRequest<?> request, @Nullable @Body String body) {
        JsonObject json = JsonInput.object(body);
        Identity identity = signUp.signUp(new SignUpCommand(json.string("business_name"), json.string("profile_id"),
                json.string("email"), json.string("password"), json.string("timezone"), json.string("currency")));
        return HttpResponse.<Envelope<TokenDto>>status(HttpStatus.CREATED).body(Responses.envelope(request, token(identity)));
    }

    @Post("/login")
    @Operation(operationId = "logIn", summary = "Log in with email and password; returns an access token (no token needed). "
            + "A person in several businesses picks one with tenant_id; without it, the oldest active membership")
    @SecurityRequirements
    @RequestBody(content = @Content(schema = @Schema(implementation = LoginRequest.class)))
    public HttpResponse<Envelope<TokenDto>> logIn(HttpRequest<?> request, @Nullable @Body String body) {
        JsonObject json = JsonInput.object(body);
        UUID tenant = json.uuid("tenant_id");
        Identity identity = logIn.logIn(new LogInCommand(json.string("email"), json.string("password"),
                tenant == null ? null : new TenantId(tenant)));
        return Responses.ok(request, token(identity));
    }

    private TokenDto token(Identity identity) {
        return TokenDto.of(tokens.issue(identity), identity);
    }

    /** An access token for {@code Authorization: Bearer …}. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "AccessToken")
    public record TokenDto(String accessToken, String tokenType, long expiresIn, UUID tenantId, UUID userId, String role) {
        /** The response for {@code issued}, a token of {@code identity}. */
        public static TokenDto of(AccessTokens.Issued issued, Identity identity) {
            return new TokenDto(issued.token(), "Bearer", issued.expiresInSeconds(), identity.tenantId().value(),
                    identity.userId().value(), identity.role().name());
        }
    }

    /** Sign-up request (documentation of the JSON body). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SignUpRequest")
    public record SignUpRequest(@Schema(example = "Acme Plumbing") String businessName,
                                @Schema(example = "general", nullable = true) String profileId,
                                @Schema(example = "owner@acme.test") String email,
                                @Schema(description = "8 to 72 bytes") String password,
                                @Schema(example = "America/Toronto", nullable = true) String timezone,
                                @Schema(example = "CAD", nullable = true) String currency) {
    }

    /** Login request (documentation of the JSON body). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "LoginRequest")
    public record LoginRequest(String email, String password,
                               @Nullable @Schema(description = "Which of the account's businesses to log in to; "
                                       + "default: the oldest active membership", nullable = true) UUID tenantId) {
    }
}
