package io.smbhub.adapter.rest;

import io.smbhub.domain.tenant.Role;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /v1/audit-logs} with filters, the object timelines and {@code GET /v1/contacts/{id}/timeline}
 * (spec smb-hub-prd.md 2.3, 12.3.2) over HTTP: routes, envelope and fields, roles, 400s and 404s.
 */
class AuditLogAndTimelinesTest {

    @TempDir
    static Path temp;

    static ApiClient api;
    static ApiClient.Session owner;
    static ApiClient.Session staff;
    static ApiClient.Session viewer;
    static ApiClient.Session agent;
    static ApiClient.Session stranger;
    static String contact;
    static String workItem;
    static String quote;
    static String invoice;
    static String payment;

    /** Minute by minute: a contact, a work item, a sent quote, an invoice sent and paid in full, its payment. */
    @BeforeAll
    static void start() {
        api = new ApiClient(temp);
        owner = api.signUp("owner@timeline.test");
        staff = api.member(owner, Role.STAFF, "staff@timeline.test");
        viewer = api.member(owner, Role.VIEWER, "viewer@timeline.test");
        agent = api.member(owner, Role.AGENT, "agent@timeline.test");
        stranger = api.signUp("owner@elsewhere.test");
        contact = created(api.post("/v1/contacts").token(owner.token())
                .json("{\"display_name\":\"Ann\",\"email\":\"ann@timeline.test\"}"));
        later();
        workItem = created(api.post("/v1/work-items").token(staff.token())
                .json("{\"title\":\"Fix sink\",\"contact_id\":\"" + contact + "\"}"));
        later();
        quote = created(api.post("/v1/quotes").token(owner.token())
                .json("{\"contact_id\":\"" + contact + "\",\"line_items\":[{\"name\":\"Repair\",\"rate\":\"40\"}]}"));
        later();
        ok(api.post("/v1/quotes/" + quote + "/send").token(owner.token()).json("{\"message\":\"Please approve\"}"));
        later();
        invoice = created(api.post("/v1/invoices").token(owner.token())
                .json("{\"contact_id\":\"" + contact + "\",\"line_items\":[{\"name\":\"Repair\",\"rate\":\"40\"}]}"));
        later();
        ok(api.post("/v1/invoices/" + invoice + "/send").token(owner.token()).json("{\"channel\":\"EMAIL\"}"));
        later();
        payment = created(api.post("/v1/payments").token(owner.token())
                .json("{\"invoice_id\":\"" + invoice + "\",\"provider\":\"CASH\",\"amount\":\"40.00\"}"));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static void later() {
        api.core().clock().advance(Duration.ofMinutes(1));
    }

    private static String created(ApiClient.Call call) {
        ApiClient.Response r = call.send();
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return (String) r.data().get("id");
    }

    private static void ok(ApiClient.Call call) {
        ApiClient.Response r = call.send();
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private static ApiClient.Response get(ApiClient.Session who, String path) {
        return api.get(path).token(who.token()).send();
    }

    private static List<Object> field(ApiClient.Response r, String name) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.list().stream().map(e -> e.get(name)).toList();
    }

    // ---------------------------------------------------------------- GET /v1/audit-logs

    @Test
    void auditLogFiltersCombineAndListNewestFirst() {
        assertThat(field(get(owner, "/v1/audit-logs?entity_type=invoice"), "action"))
                .containsExactly("invoice.paid", "invoice.sent", "invoice.created");
        assertThat(field(get(owner, "/v1/audit-logs?entity_id=" + quote), "action"))
                .containsExactly("quote.sent", "quote.created");
        assertThat(field(get(owner, "/v1/audit-logs?actor_user_id=" + staff.userId()), "action"))
                .containsExactly("work_item.created");
        assertThat(field(get(owner, "/v1/audit-logs?action=payment.succeeded"), "entity_id")).containsExactly(payment);
        assertThat(field(get(owner, "/v1/audit-logs?entity_type=quote&action=quote.sent"), "entity_id")).containsExactly(quote);
        // sending the quote also queued its email (issue 5 outbox): a message in a new conversation
        assertThat(field(get(owner, "/v1/audit-logs?from=2026-01-05T09:02:00Z&to=2026-01-05T09:04:00Z"), "action"))
                .containsExactly("quote.sent", "message.queued", "conversation.started", "quote.created");
        assertThat(field(get(owner, "/v1/audit-logs?from=2026-01-05T09:06:00%2B00:00&entity_type=payment"), "action"))
                .containsExactly("payment.succeeded");
    }

    @Test
    void auditEntriesCarryActorTimeSnapshotsAndChangedFields() {
        Map<String, Object> sent = get(owner, "/v1/audit-logs?entity_id=" + invoice + "&action=invoice.sent").list().get(0);

        assertThat(sent).containsEntry("actor_user_id", owner.userId()).containsEntry("entity_type", "invoice")
                .containsEntry("at", "2026-01-05T09:05:00Z").containsKeys("before", "after", "request_id", "id");
        assertThat(sent.get("changed_fields")).asInstanceOf(InstanceOfAssertFactories.list(String.class))
                .contains("status").doesNotContain("invoice_number");
    }

    @Test
    void onlyOwnerAndAdminReadTheAuditLog() {
        assertThat(get(api.member(owner, Role.ADMIN, "admin@timeline.test"), "/v1/audit-logs").status()).isEqualTo(200);
        for (ApiClient.Session s : List.of(staff, viewer, agent)) {
            ApiClient.Response r = get(s, "/v1/audit-logs");
            assertThat(r.status()).as(r.toString()).isEqualTo(403);
            assertThat(r.errorCode()).isEqualTo("FORBIDDEN");
        }
    }

    @ParameterizedTest
    @CsvSource({
            "entity_id=42, entity_id",
            "actor_user_id=bob, actor_user_id",
            "from=yesterday, from",
            "to=2026-01-05, to",
            "limit=many, limit"})
    void aMalformedFilterIsA400NamingTheParameter(String query, String parameter) {
        ApiClient.Response r = get(owner, "/v1/audit-logs?" + query);

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(r.errorFields()).containsExactly(parameter);
    }

    @Test
    void aWindowWhoseEndIsNotAfterItsStartIsRejectedOnTo() {
        ApiClient.Response r = get(owner, "/v1/audit-logs?from=2026-01-05T09:00:00Z&to=2026-01-05T09:00:00Z");

        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(r.errorFields()).containsExactly("to");
    }

    @Test
    void anotherBusinessSeesNoneOfTheseEntries() {
        assertThat(get(stranger, "/v1/audit-logs?entity_id=" + invoice).list()).isEmpty();
        assertThat(get(stranger, "/v1/audit-logs?actor_user_id=" + owner.userId()).list()).isEmpty();
    }

    // ---------------------------------------------------------------- object timelines

    @ParameterizedTest
    @CsvSource({
            "work-items, workItem, work_item.created",
            "quotes, quote, quote.sent|quote.created",
            "invoices, invoice, invoice.paid|invoice.sent|invoice.created",
            "payments, payment, payment.succeeded"})
    void objectTimelinesListTheObjectsEntriesToOwnerStaffAndViewer(String collection, String object, String actions) {
        String id = idOf(object);
        for (ApiClient.Session s : List.of(owner, staff, viewer)) {
            assertThat(field(get(s, "/v1/" + collection + "/" + id + "/timeline"), "action"))
                    .containsExactly((Object[]) actions.split("\\|"));
        }
    }

    private static String idOf(String object) {
        return switch (object) {
            case "workItem" -> workItem;
            case "quote" -> quote;
            case "invoice" -> invoice;
            case "payment" -> payment;
            default -> throw new IllegalArgumentException(object);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"work-items", "quotes", "invoices", "payments", "contacts"})
    void unknownMalformedAndOtherBusinessesIdsAre404(String collection) {
        String id = switch (collection) {
            case "work-items" -> workItem;
            case "quotes" -> quote;
            case "invoices" -> invoice;
            case "payments" -> payment;
            default -> contact;
        };
        for (ApiClient.Response r : List.of(get(stranger, "/v1/" + collection + "/" + id + "/timeline"),
                get(owner, "/v1/" + collection + "/0190a1b2-0000-7000-8000-000000000000/timeline"),
                get(owner, "/v1/" + collection + "/not-an-id/timeline"))) {
            assertThat(r.status()).as(r.toString()).isEqualTo(404);
            assertThat(r.errorCode()).isEqualTo("NOT_FOUND");
        }
    }

    @Test
    void anAgentMayNotOpenOthersWorkSentDocumentsOrPayments() {
        assertThat(get(agent, "/v1/work-items/" + workItem + "/timeline").status()).isEqualTo(404);
        assertThat(get(agent, "/v1/invoices/" + invoice + "/timeline").status()).isEqualTo(404);
        assertThat(get(agent, "/v1/payments/" + payment + "/timeline").status()).isEqualTo(403);
    }

    @Test
    void objectTimelinePagesFollowMetaCursor() {
        ApiClient.Response first = get(owner, "/v1/invoices/" + invoice + "/timeline?limit=2");
        String cursor = (String) first.meta().get("cursor");
        ApiClient.Response second = get(owner, "/v1/invoices/" + invoice + "/timeline?limit=2&cursor="
                + URLEncoder.encode(cursor, StandardCharsets.UTF_8));

        assertThat(field(first, "action")).containsExactly("invoice.paid", "invoice.sent");
        assertThat(field(second, "action")).containsExactly("invoice.created");
        assertThat(second.meta().get("cursor")).isNull();
    }

    // ---------------------------------------------------------------- contact timeline

    @Test
    void theContactTimelineMergesEveryKindNewestFirstWithTitlesStatusAndAmount() {
        ApiClient.Response r = get(viewer, "/v1/contacts/" + contact + "/timeline");

        assertThat(field(r, "type")).containsExactly("payment", "invoice", "quote", "work_item", "audit");
        assertThat(r.list().get(0)).containsEntry("id", payment).containsEntry("title", "Payment for Invoice #INV-000001")
                .containsEntry("status", "SUCCEEDED").containsEntry("amount", Map.of("amount", "40.00", "currency", "USD"))
                .containsEntry("at", "2026-01-05T09:06:00Z");
        assertThat(r.list().get(1)).containsEntry("title", "Invoice #INV-000001").containsEntry("status", "PAID");
        assertThat(r.list().get(2)).containsEntry("title", "Quote #Q-000001").containsEntry("status", "SENT");
        assertThat(r.list().get(3)).containsEntry("id", workItem).containsEntry("title", "Fix sink")
                .containsEntry("amount", null);
        assertThat(r.list().get(4)).containsEntry("title", "contact.created").containsEntry("status", null);
    }

    @Test
    void anAgentsContactTimelineLeavesOutWhatItMayNotOpen() {
        assertThat(field(get(agent, "/v1/contacts/" + contact + "/timeline"), "type")).containsExactly("audit");
    }

    @Test
    void contactTimelinePagesFollowMetaCursorAndABadCursorIsRejected() {
        List<Object> served = new ArrayList<>();
        String cursor = null;
        do {
            ApiClient.Response page = get(owner, "/v1/contacts/" + contact + "/timeline?limit=2"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
            served.addAll(field(page, "id"));
            cursor = (String) page.meta().get("cursor");
        } while (cursor != null && served.size() < 20);

        assertThat(served).containsExactlyElementsOf(field(get(owner, "/v1/contacts/" + contact + "/timeline"), "id"));
        assertThat(served).hasSize(5);
        ApiClient.Response bad = get(owner, "/v1/contacts/" + contact + "/timeline?cursor=garbage!");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.errorFields()).containsExactly("cursor");
    }
}
