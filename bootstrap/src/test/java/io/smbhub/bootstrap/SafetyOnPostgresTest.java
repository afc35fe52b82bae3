package io.smbhub.bootstrap;

import io.micronaut.runtime.server.EmbeddedServer;
import io.smbhub.adapter.postgres.TestDatabase;
import io.smbhub.adapter.postgres.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Isolation, bad input and concurrency through the real application on PostgreSQL. */
@DisplayName("Bad input, other tenants and concurrent requests change nothing they should not (PostgreSQL)")
class SafetyOnPostgresTest {

    @TempDir
    static Path dataDir;
    private static TestDatabase db;
    private static EmbeddedServer server;

    @BeforeAll
    static void start() {
        db = TestDatabases.fresh("safety");
        server = TestApp.start(db, dataDir);
    }

    @AfterAll
    static void stop() {
        server.close();
        db.close();
    }

    private static String sentInvoice(Api api, String amount) {
        String contact = api.post("/v1/contacts", "{\"display_name\":\"Ann\",\"email\":\"ann@example.com\"}").id();
        String invoice = api.post("/v1/invoices", """
                {"contact_id":"%s","line_items":[{"name":"Work","qty":1,"rate":"%s"}]}""".formatted(contact, amount)).id();
        assertThat(api.post("/v1/invoices/" + invoice + "/send", "{}").status()).isEqualTo(200);
        return invoice;
    }

    @Test
    void anotherTenantSeesNothingAndChangesNothing() {
        Api a = TestApp.owner(server, "a@iso.test");
        Api b = TestApp.owner(server, "b@iso.test");
        String invoice = sentInvoice(a, "100.00");
        Map<String, Object> before = a.get("/v1/invoices/" + invoice).data();

        Api.Reply read = b.get("/v1/invoices/" + invoice);
        Api.Reply missing = b.get("/v1/invoices/" + java.util.UUID.randomUUID());
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.error().get("code")).isEqualTo(missing.error().get("code"));
        assertThat(b.get("/v1/invoices").list()).isEmpty();
        assertThat(b.post("/v1/invoices/" + invoice + "/void", "{}").status()).isEqualTo(404);
        assertThat(b.post("/v1/payments", "{\"invoice_id\":\"%s\",\"amount\":\"1\"}".formatted(invoice)).status()).isEqualTo(422);
        assertThat(b.patch("/v1/contacts/" + before.get("contact_id"), "{\"notes\":\"mine now\"}").status()).isEqualTo(404);
        assertThat(b.post("/v1/invoices", "{\"contact_id\":\"%s\"}".formatted(before.get("contact_id"))).status())
                .as("a document cannot point at another tenant's contact").isEqualTo(422);

        assertThat(a.get("/v1/invoices/" + invoice).data()).isEqualTo(before);
        assertThat(a.get("/v1/contacts/" + before.get("contact_id")).data().get("notes")).isNull();
        assertThat(a.get("/v1/payments").list()).isEmpty();
    }

    @Test
    void badMoneyIsRefusedAndNothingIsStored() {
        Api api = TestApp.owner(server, "money@iso.test");
        String invoice = sentInvoice(api, "50.00");
        Api.Reply over = api.post("/v1/payments", "{\"invoice_id\":\"%s\",\"amount\":\"50.01\"}".formatted(invoice));
        assertThat(over.status()).isEqualTo(422);
        assertThat(over.error().get("code")).isEqualTo("VALIDATION_ERROR");
        Api.Reply precise = api.post("/v1/payments", "{\"invoice_id\":\"%s\",\"amount\":10.001}".formatted(invoice));
        assertThat(precise.status()).isEqualTo(422);
        Api.Reply negative = api.post("/v1/invoices", "{\"line_items\":[{\"name\":\"x\",\"qty\":-1,\"rate\":\"5\"}]}");
        assertThat(negative.status()).isEqualTo(422);
        assertThat(api.get("/v1/payments").list()).isEmpty();
        assertThat(api.get("/v1/invoices").list()).hasSize(1);
        assertThat(api.get("/v1/invoices/" + invoice).data().get("amount_paid")).isEqualTo(Map.of("amount", "0.00", "currency", "USD"));
    }

    @Test
    void concurrentCreatesGetDistinctConsecutiveNumbers() throws Exception {
        Api api = TestApp.owner(server, "numbers@iso.test");
        List<Callable<Api.Reply>> creates = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            creates.add(() -> api.post("/v1/invoices", "{\"notes\":\"parallel\"}"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<String> numbers = new ArrayList<>();
            for (Future<Api.Reply> f : pool.invokeAll(creates)) {
                assertThat(f.get().status()).isEqualTo(201);
                numbers.add((String) f.get().data().get("invoice_number"));
            }
            assertThat(numbers).containsExactlyInAnyOrder("INV-000001", "INV-000002", "INV-000003", "INV-000004",
                    "INV-000005", "INV-000006", "INV-000007", "INV-000008", "INV-000009", "INV-000010", "INV-000011",
                    "INV-000012");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentDuplicatesOfOneIdempotencyKeyRecordOnePayment() throws Exception {
        Api api = TestApp.owner(server, "dupes@iso.test");
        String invoice = sentInvoice(api, "30.00");
        String body = "{\"invoice_id\":\"%s\",\"provider\":\"CASH\",\"amount\":\"10.00\"}".formatted(invoice);
        List<Callable<Api.Reply>> posts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            posts.add(() -> api.post("/v1/payments", body, "same-key"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Reply> f : pool.invokeAll(posts)) {
                statuses.add(f.get().status());
            }
            assertThat(statuses).allMatch(s -> s == 201 || s == 409);
            assertThat(statuses).contains(201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(api.get("/v1/payments?invoice_id=" + invoice).list()).hasSize(1);
        assertThat(api.get("/v1/invoices/" + invoice).data().get("amount_paid")).isEqualTo(Map.of("amount", "10.00", "currency", "USD"));
    }
}
