package io.smbhub.bootstrap.portal;

import io.micronaut.runtime.server.EmbeddedServer;
import io.smbhub.adapter.postgres.TestDatabase;
import io.smbhub.adapter.postgres.TestDatabases;
import io.smbhub.bootstrap.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Portal Security Suite of spec smb-hub-prd.md 6.3.2 (and 12.6) over real HTTP on PostgreSQL, with the
 * application logging in as the row-level-security-bound role: a link cannot reach another document (other kind,
 * other invoice, other business); revoked links fail; guessing links is throttled (429 with Retry-After); portal
 * responses never carry internal, tenant or user ids. The app trusts {@code X-Forwarded-For} here so that each test
 * is its own client for the rate limits.
 */
@DisplayName("Portal Security Suite on PostgreSQL (spec 6.3.2)")
class PortalSecuritySuiteOnPostgresTest {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final String EXPIRED = "Link expired";
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    static Path dataDir;
    private static TestDatabase db;
    private static EmbeddedServer server;
    private static Business alpha;
    private static Business beta;

    @BeforeAll
    static void start() {
        db = TestDatabases.fresh("portal_security");
        server = TestApp.start(db, dataDir, Map.of("smbhub.portal.rate-limit.trust-forwarded-for", "true"));
        alpha = Business.signUp(server, "Alpha Plumbing", "owner@alpha.test");
        beta = Business.signUp(server, "Beta Electric", "owner@beta.test");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (db != null) {
            db.close();
        }
    }

    /** A fresh client address, so the test has rate-limit buckets of its own. */
    private static Browserless customer() {
        return new Browserless(server.getURI(), "203.0.113." + CLIENTS.incrementAndGet());
    }

    private static String secretOf(String portalPath) {
        return portalPath.substring(portalPath.lastIndexOf('/') + 1);
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A link that opens nothing: the one "Link expired" page, 404 (each check from a fresh client address). */
    private static void assertExpired(Browserless.Page page) {
        assertThat(page.status()).as(page.everything()).isEqualTo(404);
        assertThat(page.body()).contains(EXPIRED);
        assertThat(page.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
    }

    @Test
    @DisplayName("a link opens its own document only: not the other kind, not another invoice, not another business's")
    void aLinkCannotReachAnotherDocument() {
        String alphaInvoice = alpha.sentInvoice("Alpha boiler repair", "150.00");
        String alphaQuote = alpha.sentQuote("Alpha bathroom refit", "4200.00");
        String betaInvoice = beta.sentInvoice("Beta rewiring", "990.00");
        String invoicePath = alpha.newPortalPath("invoices", alphaInvoice);
        String quotePath = alpha.newPortalPath("quotes", alphaQuote);
        String betaPath = beta.newPortalPath("invoices", betaInvoice);
        String invoiceSecret = secretOf(invoicePath);
        String quoteSecret = secretOf(quotePath);
        Browserless customer = customer();

        Browserless.Page own = customer.get(invoicePath);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("Alpha Plumbing", "Alpha boiler repair", "150.00 USD")
                .doesNotContain("Beta Electric", "Beta rewiring", "Alpha bathroom refit");
        assertThat(customer.get(betaPath).body()).contains("Beta Electric", "Beta rewiring")
                .doesNotContain("Alpha Plumbing", "Alpha boiler repair");

        assertExpired(customer().get("/portal/quotes/" + invoiceSecret));
        assertExpired(customer().get("/portal/quotes/" + invoiceSecret + "/pdf"));
        assertExpired(customer().post("/portal/quotes/" + invoiceSecret + "/approve", ""));
        assertExpired(customer().post("/portal/quotes/" + invoiceSecret + "/reject", "reason=x"));
        assertExpired(customer().get("/portal/invoices/" + quoteSecret));
        assertExpired(customer().get("/portal/invoices/" + quoteSecret + "/pdf"));
        assertExpired(customer().post("/portal/invoices/" + quoteSecret + "/pay", ""));
        assertThat(alpha.read("/v1/quotes/" + alphaQuote).get("status")).as("the quote was not answered").isEqualTo("SENT");

        char last = invoiceSecret.charAt(invoiceSecret.length() - 1);
        String altered = invoiceSecret.substring(0, invoiceSecret.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertExpired(customer().get("/portal/invoices/" + altered));
        assertExpired(customer().get("/portal/invoices/" + invoiceSecret.toLowerCase()));
        assertExpired(customer().get("/portal/invoices/" + alphaInvoice));
        assertExpired(customer().get("/portal/invoices/" + alpha.tenantId));
    }

    @Test
    @DisplayName("a revoked or rotated link fails with the same page as an unknown one")
    void revokedLinksFail() {
        String invoice = alpha.sentInvoice("Alpha gutter clean", "80.00");
        String quote = alpha.sentQuote("Alpha roof survey", "300.00");
        String first = alpha.newPortalPath("invoices", invoice);
        String quotePath = alpha.newPortalPath("quotes", quote);
        Browserless customer = customer();
        assertThat(customer.get(first).status()).isEqualTo(200);

        String second = alpha.newPortalPath("invoices", invoice);
        Browserless.Page rotatedAway = customer().get(first);
        assertThat(customer.get(second).status()).isEqualTo(200);
        alpha.revokePortalLinks("invoices", invoice);
        alpha.revokePortalLinks("quotes", quote);
        Browserless.Page unknown = customer().get("/portal/invoices/" + randomSecret());

        assertExpired(rotatedAway);
        assertExpired(customer().get(second));
        assertExpired(customer().get(second + "/pdf"));
        assertExpired(customer().post(second + "/pay", ""));
        assertExpired(customer().get(quotePath));
        assertExpired(customer().post(quotePath + "/approve", ""));
        assertThat(rotatedAway.body()).isEqualTo(unknown.body());
        assertThat(alpha.read("/v1/quotes/" + quote).get("status")).isEqualTo("SENT");
        assertThat(alpha.list("/v1/audit-logs?entity_id=" + invoice)).extracting(e -> e.get("action"))
                .contains("invoice.portal_link_rotated", "invoice.portal_link_revoked");
    }

    @Test
    @DisplayName("guessing links is throttled: after 5 failures a client gets 429 with Retry-After, other clients do not")
    void bruteForceIsThrottled() {
        String invoice = alpha.sentInvoice("Alpha tap washer", "12.00");
        String path = alpha.newPortalPath("invoices", invoice);
        Browserless attacker = customer();
        List<Integer> statuses = new ArrayList<>();
        Browserless.Page throttled = null;

        for (int i = 0; i < 40; i++) {
            Browserless.Page page = attacker.get("/portal/invoices/" + randomSecret());
            statuses.add(page.status());
            if (page.status() == 429) {
                throttled = page;
            }
        }

        assertThat(statuses.subList(0, 5)).containsOnly(404);
        assertThat(statuses.subList(5, 40)).containsOnly(429);
        assertThat(throttled).isNotNull();
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(throttled.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(throttled.body()).contains("Too many requests");
        assertThat(attacker.get(path).status()).as("the attacker is blocked even with a valid link").isEqualTo(429);
        assertThat(customer().get(path).status()).as("another client is not").isEqualTo(200);
    }

    @Test
    @DisplayName("a client reading a valid link is limited to about 30 requests a minute")
    void readingIsLimitedPerClient() {
        String invoice = alpha.sentInvoice("Alpha drain unblock", "95.00");
        String path = alpha.newPortalPath("invoices", invoice);
        Browserless reader = customer();
        List<Integer> statuses = new ArrayList<>();

        for (int i = 0; i < 32; i++) {
            statuses.add(reader.get(path).status());
        }

        assertThat(statuses.subList(0, 30)).containsOnly(200);
        assertThat(statuses.get(31)).isEqualTo(429);
    }

    @Test
    @DisplayName("portal responses carry no internal, tenant or user id, and are not cached, indexed or referred")
    void responsesLeakNoIds() throws SQLException {
        String invoice = alpha.sentInvoice("Alpha leak check", "64.00");
        String paid = alpha.sentInvoice("Alpha paid job", "20.00");
        String voided = alpha.sentInvoice("Alpha voided job", "30.00");
        String quote = alpha.sentQuote("Alpha survey", "500.00");
        String rejected = alpha.sentQuote("Alpha extension", "9000.00");
        String invoicePath = alpha.newPortalPath("invoices", invoice);
        String paidPath = alpha.newPortalPath("invoices", paid);
        String voidedPath = alpha.newPortalPath("invoices", voided);
        String quotePath = alpha.newPortalPath("quotes", quote);
        String rejectedPath = alpha.newPortalPath("quotes", rejected);
        alpha.recordCashPayment(paid, "20.00");
        alpha.voidInvoice(voided);
        Browserless customer = customer();

        List<Browserless.Page> pages = new ArrayList<>(List.of(
                customer.get(invoicePath), customer.get(invoicePath + "/pdf"),
                customer.get(paidPath), customer.get(paidPath + "/pdf"), customer.get(voidedPath),
                customer.get(quotePath), customer.post(quotePath + "/approve", ""), customer.get(quotePath),
                customer.get(quotePath + "/pdf"),
                customer.post(rejectedPath + "/reject", "reason=Too+pricey"), customer.get(rejectedPath),
                customer.post(invoicePath + "/pay", ""),
                customer.get("/portal/invoices/" + randomSecret()), customer.get("/portal/payment-complete")));
        assertThat(pages.get(2).body()).contains("Paid in full");
        assertThat(pages.get(4).body()).contains("This invoice was voided");
        assertThat(pages.get(7).body()).contains("Approved");
        assertThat(pages.get(10).body()).contains("Rejected", "Too pricey");

        Set<String> ids = tenantUuids(alpha.tenantId);
        assertThat(ids).contains(alpha.tenantId, alpha.userId, invoice, quote).hasSizeGreaterThan(20);
        for (Browserless.Page page : pages) {
            String everything = page.everything();
            assertThat(page.status()).as(everything).isNotEqualTo(500);
            for (String id : ids) {
                assertThat(everything.toLowerCase()).as("response to %s", page.raw().uri()).doesNotContain(id.toLowerCase());
            }
            String type = page.header("Content-Type");
            if (type == null || !type.startsWith("application/pdf")) {
                assertThat(UUID_TEXT.matcher(page.body()).find()).as("a UUID in %s", page.raw().uri()).isFalse();
            }
            assertThat(page.header("Cache-Control")).as(everything).isEqualTo("no-store");
            assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(page.header("X-Robots-Tag")).contains("noindex");
        }
    }

    /** Every UUID stored in the tenant's rows (any uuid column of every table with a tenant_id), and its members' ids. */
    private static Set<String> tenantUuids(String tenantId) throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(tenantId);
        try (Connection c = db.ownerDataSource().getConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    select col.table_name, col.column_name from information_schema.columns col
                    where col.table_schema = 'public' and col.data_type = 'uuid'
                      and exists (select 1 from information_schema.columns t where t.table_schema = 'public'
                                  and t.table_name = col.table_name and t.column_name = 'tenant_id')""");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    columns.add(new String[] {r.getString(1), r.getString(2)});
                }
            }
            for (String[] column : columns) {
                try (PreparedStatement s = c.prepareStatement("select distinct \"" + column[1] + "\"::text from \""
                        + column[0] + "\" where tenant_id = ?::uuid and \"" + column[1] + "\" is not null")) {
                    s.setString(1, tenantId);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            ids.add(r.getString(1));
                        }
                    }
                }
            }
        }
        return ids;
    }
}
