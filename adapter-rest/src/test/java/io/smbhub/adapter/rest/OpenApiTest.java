package io.smbhub.adapter.rest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The compile-time OpenAPI document and Swagger UI are served without a token. */
class OpenApiTest {

    @TempDir
    static Path temp;

    static ApiClient api;

    @BeforeAll
    static void start() {
        api = new ApiClient(temp);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void theDocumentIsServedAndDescribesTheApi() {
        ApiClient.Response spec = api.get("/swagger/smbhub-1.0.yml").send();
        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.body()).contains("openapi: 3.", "/v1/invoices:", "/v1/invoices/{id}/send:", "/v1/contacts/import:",
                "bearerAuth", "scheme: bearer", "invoice_number", "line_items", "if_match_version");
        assertThat(spec.body()).doesNotContain("invoiceNumber", "/test/", "name: actor\n", "name: request\n", "operationId: list_");
        assertThat(spec.body()).contains("operationId: createInvoice", "operationId: importContacts");

        ApiClient.Response alias = api.get("/openapi.yml").send();
        assertThat(alias.status()).isEqualTo(200);
        assertThat(alias.body()).isEqualTo(spec.body());
    }

    @Test
    void swaggerUiIsServed() {
        ApiClient.Response ui = api.get("/swagger-ui/index.html").send();
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("/swagger/smbhub-1.0.yml");
        assertThat(api.get("/swagger-ui/res/swagger-ui-bundle.js").send().status()).isEqualTo(200);
    }
}
