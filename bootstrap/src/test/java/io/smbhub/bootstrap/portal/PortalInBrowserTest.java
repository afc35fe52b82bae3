package io.smbhub.bootstrap.portal;

import io.micronaut.runtime.server.EmbeddedServer;
import io.smbhub.adapter.postgres.TestDatabase;
import io.smbhub.adapter.postgres.TestDatabases;
import io.smbhub.adapter.stripe.StripeStandIn;
import io.smbhub.application.CoreServices;
import io.smbhub.bootstrap.TestApp;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The client portal in a real browser (issue 4): Debian's headless Chromium driven by Selenium through Debian's
 * chromedriver — both paths set explicitly, so Selenium Manager never downloads anything. The application runs on
 * PostgreSQL with the real PDF renderer and email pickup directory, and Stripe is a local stand-in whose checkout
 * page the browser pays on; Stripe's webhooks are forwarded, signed, to the app. Links are taken from the emails
 * the app wrote. Without chromium/chromedriver the test is skipped with a message — except in CI
 * ({@code CI=true}), where it fails.
 */
@DisplayName("Client portal in headless Chromium")
class PortalInBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String SECRET = "whsec_portal_" + UUID.randomUUID().toString().replace("-", "");
    private static final Pattern PORTAL_URL = Pattern.compile("http://localhost:\\d+/portal/(invoices|quotes)/[A-Za-z0-9_-]{43}");

    @TempDir
    static Path dataDir;
    @TempDir
    static Path browserProfile;
    private static TestDatabase db;
    private static StripeStandIn stripe;
    private static EmbeddedServer server;
    private static WebDriver browser;
    private static Business business;

    @BeforeAll
    static void start() throws IOException {
        requireBrowser();
        String base = "http://localhost:" + freePort();
        db = TestDatabases.fresh("portal_browser");
        stripe = StripeStandIn.start();
        server = TestApp.start(db, dataDir, Map.of(
                "micronaut.server.port", Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)),
                "smbhub.public-url", base,
                "stripe.api.key", "sk_test_portal_browser",
                "stripe.webhook.secret", SECRET,
                "stripe.api.base", stripe.baseUrl(),
                "smbhub.jobs.enabled", "false",
                "smbhub.portal.rate-limit.requests-per-minute", "600"));
        stripe.forwardWebhooksTo(base + "/v1/webhooks/stripe", SECRET);
        business = Business.signUp(server, "Pipe & Co", "owner@browser.test");
        browser = chromium(browserProfile);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (stripe != null) {
            stripe.stop();
        }
        if (db != null) {
            db.close();
        }
    }

    private static void requireBrowser() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String why = "Headless Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                + "); install it with: apt-get install -y chromium chromium-driver";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(why + " — required in CI (.ci/run installs it)");
        }
        Assumptions.abort(why + " — skipping the browser test");
    }

    private static WebDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static boolean present(String id) {
        return !browser.findElements(By.id(id)).isEmpty();
    }

    /** An email the app wrote: its text and its attachments as "name media-type". */
    private record Email(String text, List<String> attachments) {
        String portalUrl() {
            Matcher m = PORTAL_URL.matcher(text);
            assertThat(m.find()).as("portal link in the email:\n%s", text).isTrue();
            return m.group();
        }
    }

    /** The last email the app wrote (pickup directory) for document {@code number}, e.g. INV-000001. */
    private static Email lastEmailOf(String number) {
        Path outbox = dataDir.resolve("outbox");
        runJobs(); // this test runs the job worker by hand: the email leaves the outbox now
        awaitEmailOf(outbox, number);
        try (Stream<Path> files = Files.list(outbox)) {
            Path file = files.filter(f -> f.getFileName().toString().contains("-" + number + "-"))
                    .filter(f -> f.getFileName().toString().endsWith(".eml"))
                    .max(Comparator.comparing(f -> f.getFileName().toString()))
                    .orElseThrow(() -> new AssertionError("no email for " + number + " in " + outbox));
            try (InputStream in = Files.newInputStream(file)) {
                MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
                StringBuilder text = new StringBuilder();
                List<String> attachments = new ArrayList<>();
                collect(message, text, attachments);
                return new Email(text.toString(), attachments);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Emails leave through the outbox after the send committed: wait (≤ 20 s) for the job worker to write it. */
    private static void awaitEmailOf(Path outbox, String number) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(outbox)) {
                try (Stream<Path> files = Files.list(outbox)) {
                    if (files.anyMatch(f -> f.getFileName().toString().contains("-" + number + "-")
                            && f.getFileName().toString().endsWith(".eml"))) {
                        return;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void collect(Part part, StringBuilder text, List<String> attachments) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            attachments.add(part.getFileName() + " " + part.getContentType().split(";")[0].strip());
        } else if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, text, attachments);
            }
        }
    }

    /**
     * Clicks the button {@code id} that submits a form and waits until the browser has left the page (the
     * button went stale): a click returns before the navigation it starts has finished.
     */
    private static void submit(String id) {
        WebElement button = browser.findElement(By.id(id));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(button));
    }

    private static String numberOf(String collection, String id) {
        return (String) business.read("/v1/" + collection + "/" + id).get(collection.equals("invoices") ? "invoice_number" : "quote_number");
    }

    @Test
    @DisplayName("the emailed invoice link shows the invoice; Pay → Stripe checkout → webhook → the page says Paid")
    void payAnInvoiceFromTheEmailedLink() throws InterruptedException {
        String invoice = business.sentInvoice("Boiler service", "150.00");
        String number = numberOf("invoices", invoice);
        Email email = lastEmailOf(number);
        assertThat(email.attachments()).containsExactly(number + ".pdf application/pdf");

        browser.get(email.portalUrl());

        assertThat(browser.getTitle()).contains("Invoice " + number);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Invoice " + number);
        assertThat(text("total")).isEqualTo("150.00 USD");
        assertThat(text("status")).isEqualTo("Sent");
        assertThat(text("pay")).isEqualTo("Pay 150.00 USD");
        assertThat(browser.getPageSource()).contains("Pipe &amp; Co", "Boiler service");

        submit("pay");
        assertThat(browser.getTitle()).isEqualTo("Stripe test checkout");
        assertThat(browser.getCurrentUrl()).startsWith(stripe.baseUrl());
        submit("pay");
        assertThat(browser.getCurrentUrl()).isEqualTo(email.portalUrl());
        int expectedDeliveries = stripe.sentEvents().size();
        assertThat(stripe.awaitDeliveries(expectedDeliveries, Duration.ofSeconds(20))).hasSize(expectedDeliveries)
                .allSatisfy(d -> assertThat(d.status()).isEqualTo(200));
        runJobs();
        browser.navigate().refresh();

        assertThat(text("status")).isEqualTo("Paid");
        assertThat(text("receipt")).startsWith("Paid in full: 150.00 USD on ");
        assertThat(present("pay")).isFalse();
        assertThat(business.read("/v1/invoices/" + invoice).get("status")).isEqualTo("PAID");
    }

    @Test
    @DisplayName("a customer approves a quote in the portal and sees it approved")
    void approveAQuote() {
        String quote = business.sentQuote("Bathroom refit", "4200.00");
        String number = numberOf("quotes", quote);
        Email email = lastEmailOf(number);
        assertThat(email.attachments()).containsExactly(number + ".pdf application/pdf");

        browser.get(email.portalUrl());
        assertThat(text("status")).isEqualTo("Awaiting approval");
        assertThat(text("total")).isEqualTo("4,200.00 USD");
        submit("approve");

        assertThat(browser.getCurrentUrl()).isEqualTo(email.portalUrl());
        assertThat(text("status")).isEqualTo("Approved");
        assertThat(text("approved")).contains("You approved this quote");
        assertThat(present("approve")).isFalse();
        assertThat(business.read("/v1/quotes/" + quote).get("status")).isEqualTo("APPROVED");
    }

    @Test
    @DisplayName("a customer rejects a quote with a reason")
    void rejectAQuoteWithAReason() {
        String quote = business.sentQuote("Garden wall", "980.00");
        Email email = lastEmailOf(numberOf("quotes", quote));

        browser.get(email.portalUrl());
        browser.findElement(By.id("reason")).sendKeys("We went with a cheaper offer <sorry>");
        submit("reject");

        assertThat(text("status")).isEqualTo("Rejected");
        assertThat(text("rejected")).contains("We went with a cheaper offer <sorry>");
        Map<String, Object> stored = business.read("/v1/quotes/" + quote);
        assertThat(stored.get("status")).isEqualTo("REJECTED");
        assertThat(stored.get("rejection_reason")).isEqualTo("We went with a cheaper offer <sorry>");
    }

    @Test
    @DisplayName("a revoked link shows Link expired")
    void revokedLinkShowsLinkExpired() {
        String invoice = business.sentInvoice("Gutter clean", "80.00");
        Email email = lastEmailOf(numberOf("invoices", invoice));
        browser.get(email.portalUrl());
        assertThat(text("status")).isEqualTo("Sent");

        business.revokePortalLinks("invoices", invoice);
        browser.navigate().refresh();

        assertThat(text("headline")).isEqualTo("Link expired");
        assertThat(browser.getPageSource()).doesNotContain("Gutter clean", "Pipe &amp; Co");
    }

    private static void runJobs() {
        CoreServices core = server.getApplicationContext().getBean(CoreServices.class);
        int ran;
        do {
            ran = core.jobs().runDueJobs(50);
        } while (ran > 0);
    }
}
