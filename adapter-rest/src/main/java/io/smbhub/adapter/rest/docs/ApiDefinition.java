package io.smbhub.adapter.rest.docs;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * The OpenAPI document's header, generated at compile time by micronaut-openapi into
 * {@code META-INF/swagger/smbhub-1.0.yml} and served at {@code /swagger/smbhub-1.0.yml}, {@code /openapi.yml}
 * and (with the UI) {@code /swagger-ui}. Every route needs a bearer token unless it says otherwise.
 */
@OpenAPIDefinition(
        info = @Info(title = "smbhub", version = ApiDefinition.VERSION,
                description = "SMB Hub API: contacts, work items, quotes, invoices, payments. "
                        + "Success: {\"data\":…, \"meta\":{\"request_id\", \"cursor\"}}; errors: "
                        + "{\"error\":{\"code\", \"message\", \"details\":[{\"field\", \"message\"}]}, \"meta\":{\"request_id\"}}. "
                        + "Send Idempotency-Key on POSTs that create or trigger; money is exact decimal strings."),
        security = @SecurityRequirement(name = "bearerAuth"))
@SecurityScheme(name = "bearerAuth", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Access token from POST /v1/auth/login or /v1/auth/signup, or a token of the configured OIDC issuer")
public final class ApiDefinition {

    /** The API document version; part of the generated file name. */
    public static final String VERSION = "1.0";

    /** The generated document on the classpath. */
    public static final String DOCUMENT = "META-INF/swagger/smbhub-" + VERSION + ".yml";

    private ApiDefinition() {
    }
}
