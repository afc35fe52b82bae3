package io.smbhub.adapter.rest.docs;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.smbhub.adapter.rest.http.ApiException;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A stable address for the OpenAPI document generated at compile time: {@code GET /openapi.yml}
 * (the same file is served at {@code /swagger/smbhub-1.0.yml} when the static resources are mapped).
 */
@Controller
@Hidden
public class OpenApiController {

    private final byte[] document;

    public OpenApiController() {
        try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream(ApiDefinition.DOCUMENT)) {
            document = in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get("/openapi.yml")
    @Produces("application/yaml")
    public HttpResponse<byte[]> openApi() {
        if (document == null) {
            throw ApiException.notFound("The OpenAPI document was not generated into this build");
        }
        return HttpResponse.ok(document).contentType(MediaType.of("application/yaml"));
    }
}
