package io.smbhub.adapter.rest.portal;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.smbhub.application.CoreServices;
import io.smbhub.application.memory.InMemoryCore;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.LineItemInput;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.application.port.in.SendDocumentCommand;
import io.smbhub.application.port.in.contact.ContactView;
import io.smbhub.application.port.in.contact.CreateContactCommand;
import io.smbhub.application.port.in.identity.Identity;
import io.smbhub.application.port.in.identity.SignUpCommand;
import io.smbhub.application.port.in.invoice.InvoiceDraft;
import io.smbhub.application.port.in.invoice.InvoiceQueries;
import io.smbhub.application.port.in.invoice.InvoiceView;
import io.smbhub.application.port.in.quote.QuoteDraft;
import io.smbhub.application.port.in.quote.QuoteQueries;
import io.smbhub.application.port.in.quote.QuoteView;
import io.smbhub.application.port.out.OutgoingEmail;
import io.smbhub.domain.contact.ContactDetails;
import io.smbhub.domain.contact.ContactType;
import io.smbhub.domain.quote.QuoteStatus;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.QuoteId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal pages over HTTP on the in-memory core: HTML, escaping, headers, forms with post/redirect/get, the
 * one "Link expired" page, and the link management routes.
 */
@DisplayName("Client portal pages over HTTP")
class ClientPortalHttpTest {

    @TempDir
    static Path temp;

    static EmbeddedServer server;
    static CoreServices core;
    static InMemoryCore hub;
    static Actor owner;
    static ContactView contact;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1,
                "smbhub.test.in-memory-core", "true",
                "smbhub.auth.jwt-key-file", temp.resolve("jwt.json").toString(),
                "smbhub.portal.rate-limit.requests-per-minute", 1000,
                "smbhub.portal.rate-limit.failures-per-minute", 1000));
        hub = server.getApplicationContext().getBean(InMemoryCore.class);
        core = hub.services();
        Identity id = core.signUp().signUp(new SignUpCommand("Pipe & <Co>", "general", "o@portal.test", "correct horse",
                "UTC", "USD"));
        owner = new Actor(id.tenantId(), id.userId(), id.role(), "req_test");
        contact = core.createContact().create(owner, new CreateContactCommand(new ContactDetails(ContactType.CUSTOMER,
                "Ann \"The\" Customer", null, "ann@example.com", null, null, List.of(), null, null)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String sendInvoice(String lineName) {
        InvoiceView draft = core.createInvoice().create(owner, new InvoiceDraft(new ContactId(contact.id()), null,
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19),
                List.of(new LineItemInput(lineName, BigDecimal.ONE, new BigDecimal("1234.5"), null, null)), null, null));
        core.sendInvoice().send(owner, new SendDocumentCommand(draft.id(), null, null));
        return portalPath();
    }

    private static String sendQuote() {
        QuoteView draft = core.createQuote().create(owner, new QuoteDraft(new ContactId(contact.id()), null,
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 5),
                List.of(new LineItemInput("Survey", BigDecimal.ONE, new BigDecimal("90"), null, null)), null, null), null);
        core.sendQuote().send(owner, new SendDocumentCommand(draft.id(), null, null));
        return portalPath();
    }

    /** The portal path in the last email, e.g. {@code /portal/invoices/<token>}. */
    private static String portalPath() {
        hub.services().jobs().runDueJobs(100);
        List<OutgoingEmail> sent = hub.email().emails();
        String body = sent.get(sent.size() - 1).text();
        int at = body.indexOf("/portal/");
        return body.substring(at).split("\\s")[0];
    }

    private static HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(server.getURI() + path)).GET());
    }

    private static HttpResponse<String> postForm(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(server.getURI() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theInvoicePageIsEscapedHtmlWithTheInvoiceAndNoCachingOrReferrer() {
        String path = sendInvoice("Fix <script>alert(1)</script>");

        HttpResponse<String> page = get(path);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("X-Robots-Tag")).get().asString().contains("noindex");
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString().contains("default-src 'none'");
        assertThat(page.body()).startsWith("<!DOCTYPE html>")
                .contains("Pipe &amp; &lt;Co&gt;", "Ann &quot;The&quot; Customer", "Fix &lt;script&gt;alert(1)&lt;/script&gt;",
                        "1,234.50 USD", "19 Jan 2026", "Download PDF")
                .doesNotContain("<script>", "Pipe & <Co>");
    }

    @Test
    void thePdfLinkDownloadsThePrintedDocument() {
        String path = sendInvoice("Pipes");

        HttpResponse<String> file = get(path + "/pdf");

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition")).get().asString()
                .startsWith("attachment; filename=\"INV-").endsWith(".txt\"");
        assertThat(file.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(file.body()).contains("Pipes");
    }

    @Test
    void everyFailingLinkAnswersTheSameLinkExpiredPage() {
        String invoice = sendInvoice("Pipes");
        String token = invoice.substring(invoice.lastIndexOf('/') + 1);
        String quote = sendQuote();
        String quoteToken = quote.substring(quote.lastIndexOf('/') + 1);
        core.portalLinks().revokeQuoteLinks(owner, core.quoteQueries().list(owner,
                new QuoteQueries.ListQuery(null, null,
                        new PageRequest(1, null))).items().stream()
                .map(q -> new QuoteId(q.id())).findFirst().orElseThrow());

        List<HttpResponse<String>> failures = List.of(
                get("/portal/invoices/" + "A".repeat(43)),
                get("/portal/invoices/short"),
                get("/portal/quotes/" + token),
                get("/portal/quotes/" + quoteToken),
                get("/portal/invoices/" + "A".repeat(43) + "/pdf"),
                postForm("/portal/quotes/" + quoteToken + "/approve", ""),
                postForm("/portal/invoices/" + "B".repeat(43) + "/pay", ""));

        HttpResponse<String> first = failures.get(0);
        assertThat(first.body()).contains("Link expired");
        for (HttpResponse<String> r : failures) {
            assertThat(r.statusCode()).as(r.uri().toString()).isEqualTo(404);
            assertThat(r.body()).as(r.uri().toString()).isEqualTo(first.body());
            assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        }
    }

    @Test
    void approvingThroughTheFormRedirectsBackToTheApprovedQuote() {
        String path = sendQuote();
        assertThat(get(path).body()).contains("Awaiting approval", "id=\"approve\"", "id=\"reject\"");

        HttpResponse<String> answer = postForm(path + "/approve", "");

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue(path);
        String page = get(path).body();
        assertThat(page).contains("Approved", "You approved this quote").doesNotContain("id=\"approve\"");
        assertThat(postForm(path + "/reject", "reason=late").statusCode()).as("already answered").isEqualTo(303);
        assertThat(get(path).body()).contains("Approved");
    }

    @Test
    void rejectingThroughTheFormKeepsTheReason() {
        String path = sendQuote();

        HttpResponse<String> answer = postForm(path + "/reject", "reason=Too+expensive+%26+late");

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(get(path).body()).contains("Rejected", "Too expensive &amp; late");
        assertThat(core.quoteQueries().list(owner, new QuoteQueries.ListQuery(
                QuoteStatus.REJECTED, null, new PageRequest(10, null))).items())
                .anyMatch(q -> "Too expensive & late".equals(q.rejectionReason()));
    }

    @Test
    void payingWithoutAPaymentProviderShowsAFriendlyPage() {
        String path = sendInvoice("Pipes");
        assertThat(get(path).body()).as("no Pay button without a provider").doesNotContain("id=\"pay\"");

        HttpResponse<String> pay = postForm(path + "/pay", "");

        assertThat(pay.statusCode()).isEqualTo(503);
        assertThat(pay.body()).contains("Online payment is not available right now").doesNotContain("Exception");
    }

    @Test
    void membersRotateALinkOnceAndRevokeAllOverTheApi() {
        String emailed = sendInvoice("Pipes");
        String invoiceId = core.invoiceQueries().list(owner, new InvoiceQueries.ListQuery(
                null, false, null, new PageRequest(1, null))).items().get(0).id().toString();
        String bearer = login();

        HttpResponse<String> rotated = send(HttpRequest.newBuilder(URI.create(server.getURI() + "/v1/invoices/" + invoiceId
                + "/portal-link")).header("Authorization", "Bearer " + bearer).POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(rotated.statusCode()).isEqualTo(201);
        String url = rotated.body().replaceAll(".*\"url\":\"([^\"]+)\".*", "$1");
        assertThat(url).startsWith("http://localhost:8080/portal/invoices/");
        assertThat(rotated.body()).contains("\"created_at\":\"2026-01-05T09:00:00Z\"");
        assertThat(get(emailed).statusCode()).isEqualTo(404);
        String fresh = url.substring("http://localhost:8080".length());
        assertThat(get(fresh).statusCode()).isEqualTo(200);

        HttpResponse<String> revoked = send(HttpRequest.newBuilder(URI.create(server.getURI() + "/v1/invoices/" + invoiceId
                + "/portal-link")).header("Authorization", "Bearer " + bearer).DELETE());

        assertThat(revoked.statusCode()).isEqualTo(204);
        assertThat(get(fresh).statusCode()).isEqualTo(404);
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create(server.getURI() + "/v1/invoices/" + invoiceId
                + "/portal-link")).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    private static String login() {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.getURI() + "/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"o@portal.test\",\"password\":\"correct horse\"}")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void thePaymentCompletePageThanksTheCustomer() {
        HttpResponse<String> page = get("/portal/payment-complete");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Thank you for your payment");
    }
}
