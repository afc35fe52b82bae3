package io.smbhub.adapter.rest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Quotes, invoices and payments over HTTP: exact money, state machine and concurrency errors. */
class DocumentsTest {

    @TempDir
    static Path temp;

    static ApiClient api;
    static ApiClient.Session owner;
    static String contact;

    @BeforeAll
    static void start() {
        api = new ApiClient(temp);
        owner = api.signUp("owner@docs.test");
        contact = (String) api.post("/v1/contacts").token(owner.token())
                .json("{\"display_name\":\"Jane Buyer\",\"email\":\"jane@buyer.test\"}").send().data().get("id");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static ApiClient.Response createInvoice(String lineItems) {
        return api.post("/v1/invoices").token(owner.token())
                .json("{\"contact_id\":\"" + contact + "\",\"line_items\":" + lineItems + "}").send();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> line(ApiClient.Response r, int index) {
        return ((List<Map<String, Object>>) r.data().get("line_items")).get(index);
    }

    @Test
    void decimalStringsAndNumbersAreExactAndMoneyRendersAsAmountAndCurrency() {
        ApiClient.Response r = createInvoice("[{\"name\":\"Repair\",\"qty\":3,\"rate\":\"19.99\",\"tax_rate\":13},"
                + "{\"name\":\"Big\",\"qty\":\"1\",\"rate\":9007199254740993.01}]");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(line(r, 0)).containsEntry("qty", "3").containsEntry("tax_rate", "13")
                .containsEntry("rate", Map.of("amount", "19.99", "currency", "USD"))
                .containsEntry("amount", Map.of("amount", "59.97", "currency", "USD"))
                .containsEntry("tax", Map.of("amount", "7.80", "currency", "USD"))
                .containsEntry("total", Map.of("amount", "67.77", "currency", "USD"));
        // 2^53 + 1.01 survives only when the number is never read through double
        assertThat(line(r, 1)).containsEntry("rate", Map.of("amount", "9007199254740993.01", "currency", "USD"));
        assertThat(r.data()).containsEntry("total", Map.of("amount", "9007199254741060.78", "currency", "USD"))
                .containsEntry("status", "DRAFT").containsEntry("overdue", false);

        String id = (String) r.data().get("id");
        ApiClient.Response read = api.get("/v1/invoices/" + id).token(owner.token()).send();
        assertThat(line(read, 0)).containsEntry("rate", Map.of("amount", "19.99", "currency", "USD"));
    }

    @Test
    void tooManyDecimalsAreRefusedNotRounded() {
        ApiClient.Response number = createInvoice("[{\"name\":\"x\",\"rate\":1234567890.123456789}]");
        assertThat(number.status()).isEqualTo(422);
        assertThat(number.errorFields()).containsExactly("line_items[0].rate");

        // would be 0.1 after a trip through double
        ApiClient.Response tiny = createInvoice("[{\"name\":\"x\",\"rate\":0.10000000000000000001}]");
        assertThat(tiny.status()).isEqualTo(422);
        assertThat(tiny.errorFields()).containsExactly("line_items[0].rate");

        ApiClient.Response huge = createInvoice("[{\"name\":\"x\",\"rate\":1e999999999}]");
        assertThat(huge.status()).isEqualTo(422);
        assertThat(huge.errorFields()).containsExactly("line_items[0].rate");

        ApiClient.Response jpy = api.post("/v1/invoices").token(owner.token())
                .json("{\"currency\":\"JPY\",\"line_items\":[{\"name\":\"x\",\"rate\":\"100.5\"}]}").send();
        assertThat(jpy.status()).isEqualTo(422);
        assertThat(jpy.errorFields()).containsExactly("line_items[0].rate");
    }

    @Test
    void negativeQuantityIs422OnTheLineField() {
        ApiClient.Response r = createInvoice("[{\"name\":\"ok\",\"rate\":\"1\"},{\"name\":\"x\",\"qty\":-2,\"rate\":\"10\"}]");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.errorFields()).containsExactly("line_items[1].qty");

        ApiClient.Response first = createInvoice("[{\"name\":\"x\",\"qty\":-1,\"rate\":\"10\"}]");
        assertThat(first.errorFields()).containsExactly("line_items[0].qty");
    }

    @Test
    void invoiceLifecycleWithPaymentsOverpaymentAndMixedCurrency() {
        String id = (String) createInvoice("[{\"name\":\"Repair\",\"rate\":\"200.00\"}]").data().get("id");

        ApiClient.Response early = api.post("/v1/payments").token(owner.token())
                .json("{\"invoice_id\":\"" + id + "\",\"provider\":\"CASH\",\"amount\":50}").send();
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.errorCode()).isEqualTo("INVALID_TRANSITION");

        ApiClient.Response sent = api.post("/v1/invoices/" + id + "/send").token(owner.token())
                .json("{\"channel\":\"EMAIL\",\"message\":\"Thanks\"}").send();
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        assertThat(sent.data()).containsEntry("status", "SENT");
        api.core().services().jobs().runDueJobs(100);
        assertThat(api.core().email().emails()).isNotEmpty();

        ApiClient.Response over = api.post("/v1/payments").token(owner.token())
                .json("{\"invoice_id\":\"" + id + "\",\"provider\":\"CASH\",\"amount\":\"200.01\"}").send();
        assertThat(over.status()).isEqualTo(422);
        assertThat(over.errorCode()).isEqualTo("VALIDATION_ERROR");

        ApiClient.Response euro = api.post("/v1/payments").token(owner.token())
                .json("{\"invoice_id\":\"" + id + "\",\"provider\":\"BANK\",\"amount\":\"10\",\"currency\":\"EUR\"}").send();
        assertThat(euro.status()).isEqualTo(422);

        ApiClient.Response partial = api.post("/v1/payments").token(owner.token())
                .json("{\"invoice_id\":\"" + id + "\",\"provider\":\"BANK\",\"amount\":\"80.50\",\"paid_at\":\"2026-01-05T08:00:00Z\",\"reference\":\"TX-1\"}").send();
        assertThat(partial.status()).as(partial.toString()).isEqualTo(201);
        assertThat(partial.data()).containsEntry("amount", Map.of("amount", "80.50", "currency", "USD"))
                .containsEntry("paid_at", "2026-01-05T08:00:00Z").containsEntry("invoice_id", id);
        ApiClient.Response rest = api.post("/v1/payments").token(owner.token())
                .json("{\"invoice_id\":\"" + id + "\",\"amount\":119.5}").send();
        assertThat(rest.status()).isEqualTo(201);

        ApiClient.Response paid = api.get("/v1/invoices/" + id).token(owner.token()).send();
        assertThat(paid.data()).containsEntry("status", "PAID")
                .containsEntry("amount_paid", Map.of("amount", "200.00", "currency", "USD"))
                .containsEntry("amount_due", Map.of("amount", "0.00", "currency", "USD"));
        assertThat(api.get("/v1/payments?invoice_id=" + id).token(owner.token()).send().list()).hasSize(2);
        String paymentId = (String) partial.data().get("id");
        assertThat(api.get("/v1/payments/" + paymentId).token(owner.token()).send().data()).containsEntry("id", paymentId);

        ApiClient.Response voidPaid = api.post("/v1/invoices/" + id + "/void").token(owner.token()).json("{\"reason\":\"oops\"}").send();
        assertThat(voidPaid.status()).isEqualTo(409);
        assertThat(voidPaid.errorCode()).isEqualTo("INVALID_TRANSITION");

        ApiClient.Response summary = api.get("/v1/home/summary").token(owner.token()).send();
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.data()).containsKeys("today", "unpaid_count", "overdue_amounts", "new_work_items", "payments_today");
    }

    @Test
    void staleIfMatchVersionIs409AndChangesNothing() {
        ApiClient.Response created = createInvoice("[{\"name\":\"x\",\"rate\":\"5\"}]");
        String id = (String) created.data().get("id");
        long version = ((Number) created.data().get("version")).longValue();

        ApiClient.Response first = api.patch("/v1/invoices/" + id).token(owner.token())
                .json("{\"notes\":\"first\",\"if_match_version\":" + version + "}").send();
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(((Number) first.data().get("version")).longValue()).isGreaterThan(version);

        ApiClient.Response stale = api.patch("/v1/invoices/" + id).token(owner.token())
                .json("{\"notes\":\"second\",\"line_items\":[{\"name\":\"y\",\"rate\":\"9\"}],\"if_match_version\":" + version + "}").send();
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.errorCode()).isEqualTo("CONFLICT");
        assertThat(stale.data()).as("spec 12.8: a stale version answers with the latest object")
                .containsEntry("notes", "first").containsEntry("version", first.data().get("version"));

        ApiClient.Response now = api.get("/v1/invoices/" + id).token(owner.token()).send();
        assertThat(now.data()).containsEntry("notes", "first").containsEntry("version", first.data().get("version"));
        assertThat(line(now, 0)).containsEntry("name", "x");
    }

    @Test
    void quoteFlowSendApproveConvertAndIllegalTransitions() {
        ApiClient.Response created = api.post("/v1/quotes").token(owner.token()).json("{\"contact_id\":\"" + contact
                + "\",\"expiry_date\":\"2026-02-01\",\"line_items\":[{\"name\":\"Service\",\"qty\":1,\"rate\":120}],\"notes\":\"Thanks!\"}").send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.data()).containsEntry("status", "DRAFT").containsEntry("expiry_date", "2026-02-01")
                .containsEntry("issue_date", "2026-01-05");
        assertThat((String) created.data().get("quote_number")).startsWith("Q-");
        String id = (String) created.data().get("id");

        ApiClient.Response early = api.post("/v1/quotes/" + id + "/approve").token(owner.token()).send();
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.errorCode()).isEqualTo("INVALID_TRANSITION");

        assertThat(api.post("/v1/quotes/" + id + "/send").token(owner.token()).json("{\"message\":\"Please approve\"}").send()
                .data()).containsEntry("status", "SENT");
        assertThat(api.patch("/v1/quotes/" + id).token(owner.token()).json("{\"notes\":\"late edit\"}").send().errorCode())
                .isEqualTo("INVALID_TRANSITION");
        assertThat(api.post("/v1/quotes/" + id + "/approve").token(owner.token()).send().data()).containsEntry("status", "APPROVED");

        ApiClient.Response converted = api.post("/v1/quotes/" + id + "/convert-to-invoice").token(owner.token()).send();
        assertThat(converted.status()).isEqualTo(200);
        assertThat(converted.data()).containsEntry("target", "INVOICE").containsEntry("created", true).doesNotContainKey("quote_id");
        String invoiceId = (String) converted.data().get("invoice_id");
        assertThat(api.get("/v1/invoices/" + invoiceId).token(owner.token()).send().data()).containsEntry("quote_id", id);

        ApiClient.Response again = api.post("/v1/quotes/" + id + "/convert-to-invoice").token(owner.token()).send();
        assertThat(again.data()).containsEntry("invoice_id", invoiceId).containsEntry("created", false);

        ApiClient.Response other = api.post("/v1/quotes").token(owner.token()).json("{\"contact_id\":\"" + contact
                + "\",\"line_items\":[{\"name\":\"S\",\"rate\":\"1\"}]}").send();
        String otherId = (String) other.data().get("id");
        api.post("/v1/quotes/" + otherId + "/send").token(owner.token()).send();
        assertThat(api.post("/v1/quotes/" + otherId + "/reject").token(owner.token()).json("{\"reason\":\"too expensive\"}").send()
                .data()).containsEntry("status", "REJECTED").containsEntry("rejection_reason", "too expensive");
        assertThat(api.get("/v1/quotes?status=REJECTED").token(owner.token()).send().list()).extracting(q -> q.get("id"))
                .containsExactly(otherId);
    }

    @Test
    void overdueFilterListsOpenInvoicesPastTheirDueDate() {
        String id = (String) api.post("/v1/invoices").token(owner.token()).json("{\"contact_id\":\"" + contact
                + "\",\"issue_date\":\"2025-12-01\",\"due_date\":\"2025-12-15\",\"line_items\":[{\"name\":\"old\",\"rate\":\"3\"}]}")
                .send().data().get("id");
        api.post("/v1/invoices/" + id + "/send").token(owner.token()).send();
        assertThat(api.get("/v1/invoices?status=OVERDUE").token(owner.token()).send().list())
                .extracting(i -> i.get("id")).contains(id);
        assertThat(api.get("/v1/invoices?status=overdue").token(owner.token()).send().list())
                .allSatisfy(i -> assertThat(i).containsEntry("overdue", true));
    }
}
