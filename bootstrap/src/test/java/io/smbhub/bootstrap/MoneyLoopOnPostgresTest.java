package io.smbhub.bootstrap;

import io.micronaut.runtime.server.EmbeddedServer;
import io.smbhub.adapter.postgres.TestDatabase;
import io.smbhub.adapter.postgres.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README walk-through as a test: the real application (REST + PostgreSQL + pickup-directory email)
 * takes a customer from request to paid invoice; data survives an application restart.
 */
@DisplayName("The money loop over REST on PostgreSQL")
class MoneyLoopOnPostgresTest {

    @TempDir
    static Path dataDir;
    private static TestDatabase db;

    @BeforeAll
    static void database() {
        db = TestDatabases.fresh("loop");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    static EmbeddedServer start() {
        return TestApp.start(db, dataDir);
    }

    @Test
    void requestToPaidInvoiceAndBack() throws Exception {
        String invoiceId;
        String token;
        try (EmbeddedServer server = start()) {
            Api api = new Api(server);
            Api.Reply signup = api.post("/v1/auth/signup", """
                    {"business_name":"Pipe & Co","profile_id":"general","email":"owner@pipe.test",
                     "password":"correct horse","timezone":"Asia/Jakarta","currency":"USD"}""");
            assertThat(signup.status()).isEqualTo(201);
            Api.Reply login = api.post("/v1/auth/login", """
                    {"email":"owner@pipe.test","password":"correct horse"}""");
            assertThat(login.status()).isEqualTo(200);
            token = (String) login.data().get("access_token");
            api.as(token);

            String contactId = api.post("/v1/contacts", """
                    {"display_name":"John Smith","type":"CUSTOMER","email":"john@example.com","phone":"+1 416 555 0100"}""").id();
            Api.Reply job = api.post("/v1/work-items", """
                    {"type":"REQUEST","title":"Fix leaking faucet","contact_id":"%s","priority":"HIGH",
                     "labels":{"service_address":"123 King St"}}""".formatted(contactId));
            assertThat(job.status()).isEqualTo(201);
            assertThat(job.data().get("status")).isEqualTo("NEW");

            Api.Reply toQuote = api.post("/v1/work-items/" + job.id() + "/convert", """
                    {"target":"QUOTE"}""");
            assertThat(toQuote.status()).isEqualTo(200);
            String quoteId = (String) toQuote.data().get("quote_id");
            assertThat(toQuote.data().get("created")).isEqualTo(true);
            Api.Reply quote = api.patch("/v1/quotes/" + quoteId, """
                    {"line_items":[{"name":"Faucet repair","qty":1,"rate":"120.00","tax_rate":"10"},
                                   {"name":"Washer","qty":"2","rate":2.5}]}""");
            assertThat(quote.status()).isEqualTo(200);
            assertThat(quote.data().get("total")).isEqualTo(Map.of("amount", "137.00", "currency", "USD"));
            assertThat(api.post("/v1/quotes/" + quoteId + "/send", "{\"channel\":\"EMAIL\"}").data().get("status")).isEqualTo("SENT");
            assertThat(api.post("/v1/quotes/" + quoteId + "/approve", "{}").data().get("status")).isEqualTo("APPROVED");
            Api.Reply toInvoice = api.post("/v1/quotes/" + quoteId + "/convert-to-invoice", "{}");
            invoiceId = (String) toInvoice.data().get("invoice_id");

            Api.Reply sent = api.post("/v1/invoices/" + invoiceId + "/send", "{\"message\":\"Thanks for your business\"}");
            assertThat(sent.status()).isEqualTo(200);
            assertThat(sent.data().get("status")).isEqualTo("SENT");
            assertThat(sent.data().get("invoice_number")).isEqualTo("INV-000001");

            Api.Reply payment = api.post("/v1/payments", """
                    {"invoice_id":"%s","provider":"CASH","amount":"137.00"}""".formatted(invoiceId), "pay-1");
            assertThat(payment.status()).isEqualTo(201);
            Api.Reply replay = api.post("/v1/payments", """
                    {"invoice_id":"%s","provider":"CASH","amount":"137.00"}""".formatted(invoiceId), "pay-1");
            assertThat(replay.status()).isEqualTo(201);
            assertThat(replay.id()).isEqualTo(payment.id());
            assertThat(api.get("/v1/payments?invoice_id=" + invoiceId).list()).hasSize(1);

            Api.Reply paid = api.get("/v1/invoices/" + invoiceId);
            assertThat(paid.data().get("status")).isEqualTo("PAID");
            assertThat(paid.data().get("amount_due")).isEqualTo(Map.of("amount", "0.00", "currency", "USD"));

            Api.Reply home = api.get("/v1/home/summary");
            assertThat(home.status()).isEqualTo(200);
            assertThat(home.data().get("new_work_items")).isEqualTo(1);

            // the quote and invoice emails leave through the outbox: the job worker writes them shortly after the sends
            List<Path> mails = List.of();
            for (int wait = 0; wait < 200 && mails.size() < 2; wait++) {
                Thread.sleep(100);
                if (Files.isDirectory(dataDir.resolve("outbox"))) {
                    try (Stream<Path> files = Files.list(dataDir.resolve("outbox"))) {
                        mails = files.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
                    }
                }
            }
            assertThat(mails).hasSize(2);
            assertThat(Files.readString(mails.get(1))).contains("Subject: Invoice INV-000001 from Pipe & Co", "john@example.com");
        }

        try (EmbeddedServer restarted = start()) {
            Api api = new Api(restarted).as(token);
            assertThat(api.get("/v1/invoices/" + invoiceId).data().get("status"))
                    .as("the invoice and the signing key survive a restart").isEqualTo("PAID");
        }
    }
}
