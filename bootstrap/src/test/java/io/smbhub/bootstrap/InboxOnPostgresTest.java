package io.smbhub.bootstrap;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.smbhub.adapter.postgres.TestDatabase;
import io.smbhub.adapter.postgres.TestDatabases;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5 "Done when", through the running application on PostgreSQL with a real in-process mail server (GreenMail
 * SMTP + IMAP): an email with an attachment delivered to the business's inbound address is picked up by IMAP polling
 * and becomes a conversation, then a work item in one call; the customer's reply threads into the same conversation;
 * a member's reply arrives in the customer's mailbox with the threading headers; an invoice is sent by real SMTP with
 * its PDF attached; the inbound-parse endpoint takes raw MIME once per Message-ID.
 */
@DisplayName("Inbox on PostgreSQL with a real mail server (SMTP + IMAP)")
class InboxOnPostgresTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new com.icegreen.greenmail.util.ServerSetup[] {
            ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()}).withPerMethodLifecycle(false);

    private static final String INBOUND = "inbox@inbound.smbhub.test";
    private static TestDatabase db;
    private static EmbeddedServer server;
    @TempDir
    static Path data;

    @BeforeAll
    static void start() {
        db = TestDatabases.fresh("inbox").migrate();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        db.close();
    }

    private EmbeddedServer app() {
        if (server == null) {
            mail.setUser(INBOUND, INBOUND, "inbox-password");
            server = TestApp.start(db, data, Map.ofEntries(
                    Map.entry("smtp.host", "127.0.0.1"),
                    Map.entry("smtp.port", mail.getSmtp().getPort()),
                    Map.entry("smtp.tls", "NONE"),
                    Map.entry("smbhub.mail.from", "SMB Hub <billing@smbhub.test>"),
                    Map.entry("smbhub.mail.inbound-address", INBOUND),
                    Map.entry("smbhub.inbound.secret", "inbound-test-secret"),
                    Map.entry("imap.host", "127.0.0.1"),
                    Map.entry("imap.port", mail.getImap().getPort()),
                    Map.entry("imap.tls", "NONE"),
                    Map.entry("imap.username", INBOUND),
                    Map.entry("imap.password", "inbox-password"),
                    Map.entry("smbhub.mail.imap-poll-interval", "1s"),
                    Map.entry("smbhub.jobs.poll-interval", "200ms"),
                    Map.entry("smbhub.files.dir", data.resolve("files").toString())));
        }
        return server;
    }

    /** A customer's email with a PDF attachment, as the mail host delivers it into the inbound mailbox. */
    private static MimeMessage customerMail(String to, String messageId, String subject, String text, String inReplyTo,
                                            byte[] attachment) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", "<" + messageId + ">");
            }
        };
        m.setFrom(new InternetAddress("dana@customer.test", "Dana Lee"));
        m.setRecipients(Message.RecipientType.TO, to);
        m.setSubject(subject, "UTF-8");
        if (inReplyTo != null) {
            m.setHeader("In-Reply-To", "<" + inReplyTo + ">");
            m.setHeader("References", "<" + inReplyTo + ">");
        }
        if (attachment == null) {
            m.setText(text, "UTF-8");
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setText(text, "UTF-8");
            MimeBodyPart file = new MimeBodyPart();
            file.setContent(attachment, "application/pdf");
            file.setFileName("photo-of-leak.pdf");
            file.setDisposition(Part.ATTACHMENT);
            mixed.addBodyPart(body);
            mixed.addBodyPart(file);
            m.setContent(mixed);
        }
        m.saveChanges();
        return m;
    }

    private static <T> T await(String what, Supplier<T> probe, java.util.function.Predicate<T> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        T value = probe.get();
        while (!done.test(value)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting for " + what + "; last: " + value);
            }
            Thread.sleep(200);
            value = probe.get();
        }
        return value;
    }

    @Test
    @DisplayName("Email in → conversation → work item in one call; the reply threads; our answer arrives threaded")
    @SuppressWarnings("unchecked")
    void inboundToWorkItemAndThreadedReplies() throws Exception {
        Api owner = TestApp.owner(app(), "owner@plumbing.test");
        String inbound = (String) owner.get("/v1/settings/email").data().get("inbound_address");
        assertThat(inbound).startsWith("inbox+").endsWith("@inbound.smbhub.test");
        GreenMailUser mailbox = mail.getUserManager().getUser(INBOUND);
        byte[] pdf = "%PDF-1.4 leak photo".getBytes(StandardCharsets.US_ASCII);

        mailbox.deliver(customerMail(inbound, "first@customer.test", "Leaking tap in the kitchen",
                "Hi, the kitchen tap drips all night. Can you come on Friday?", null, pdf));
        List<Map<String, Object>> conversations = await("the IMAP poller to take the email in",
                () -> owner.get("/v1/conversations").list(), l -> !l.isEmpty());
        assertThat(conversations).singleElement().satisfies(c -> {
            assertThat(c).containsEntry("subject", "Leaking tap in the kitchen")
                    .containsEntry("participant_address", "dana@customer.test")
                    .containsEntry("status", "OPEN").containsEntry("unread", true);
            assertThat(c.get("contact_id")).isNull();
            assertThat((List<Object>) c.get("allowed_actions")).contains("create_contact", "convert_to_work_item");
        });
        String conversation = (String) conversations.get(0).get("id");

        Api.Reply work = owner.post("/v1/conversations/" + conversation + "/work-item", "{}");
        assertThat(work.status()).as(work.body().toString()).isEqualTo(201);
        assertThat(work.data()).containsEntry("title", "Leaking tap in the kitchen")
                .containsEntry("conversation_id", conversation).containsEntry("source", "INBOX");

        mailbox.deliver(customerMail(inbound, "second@customer.test", "Re: Leaking tap in the kitchen",
                "Also the bathroom one, thanks!", "first@customer.test", null));
        List<Map<String, Object>> thread = await("the reply to be threaded",
                () -> owner.get("/v1/conversations/" + conversation + "/messages").list(), l -> l.size() == 2);
        assertThat(owner.get("/v1/conversations").list()).hasSize(1);
        assertThat(thread).extracting(m -> m.get("internet_message_id"))
                .containsExactly("first@customer.test", "second@customer.test");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> files = (List<Map<String, Object>>) thread.get(0).get("attachments");
        assertThat(files).singleElement().satisfies(f -> assertThat(f).containsEntry("file_name", "photo-of-leak.pdf"));
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        app().getURI().resolve("/v1/files/" + files.get(0).get("id")))
                .header("Authorization", owner.bearer()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);

        Api.Reply reply = owner.post("/v1/conversations/" + conversation + "/messages",
                "{\"body\":\"Friday 9am works for both taps.\"}");
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(202);
        assertThat(reply.data()).containsEntry("status", "QUEUED");
        MimeMessage answer = await("our reply in the customer's mailbox", () -> received("dana@customer.test"),
                l -> !l.isEmpty()).get(0);
        assertThat(answer.getSubject()).isEqualTo("Re: Leaking tap in the kitchen");
        assertThat(answer.getHeader("In-Reply-To")[0]).isEqualTo("<second@customer.test>");
        assertThat(answer.getHeader("References")[0]).contains("<first@customer.test>").contains("<second@customer.test>");
        assertThat(answer.getReplyTo()[0].toString()).contains(inbound);
        assertThat(answer.getFrom()[0].toString()).contains("billing@smbhub.test");
        await("the reply to be marked SENT", () -> owner.get("/v1/conversations/" + conversation + "/messages").list(),
                l -> l.size() == 3 && "SENT".equals(l.get(2).get("status")));
    }

    @Test
    @DisplayName("An invoice goes out by real SMTP with its PDF attached and the portal link")
    void invoiceBySmtpWithPdf() throws Exception {
        Api owner = TestApp.owner(app(), "owner@invoices.test");
        String contact = owner.post("/v1/contacts", "{\"display_name\":\"Bo Chen\",\"email\":\"bo@customer.test\"}").id();
        String invoice = owner.post("/v1/invoices", "{\"contact_id\":\"" + contact
                + "\",\"line_items\":[{\"name\":\"Boiler service\",\"quantity\":\"1\",\"rate\":\"120.00\"}]}").id();
        Api.Reply sent = owner.post("/v1/invoices/" + invoice + "/send", "{\"channel\":\"EMAIL\"}");
        assertThat(sent.status()).as(sent.body().toString()).isEqualTo(200);
        String number = (String) sent.data().get("invoice_number");

        MimeMessage email = await("the invoice email", () -> received("bo@customer.test"), l -> !l.isEmpty()).get(0);
        assertThat(email.getSubject()).isEqualTo("Invoice " + number + " from Biz owner@invoices.test");
        Multipart parts = (Multipart) email.getContent();
        String text = null;
        byte[] attached = null;
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                assertThat(part.getFileName()).isEqualTo(number + ".pdf");
                assertThat(part.getContentType()).startsWith("application/pdf");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                part.getInputStream().transferTo(out);
                attached = out.toByteArray();
            } else if (part.isMimeType("text/plain")) {
                text = (String) part.getContent();
            }
        }
        assertThat(attached).isNotNull();
        assertThat(new String(attached, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(text).contains("/portal/invoices/").doesNotContain("{{portal_url}}");
    }

    @Test
    @DisplayName("The inbound-parse endpoint takes raw MIME with the deployment secret, once per Message-ID")
    void inboundParseEndpoint() throws Exception {
        Api owner = TestApp.owner(app(), "owner@parse.test");
        String inbound = (String) owner.get("/v1/settings/email").data().get("inbound_address");
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        customerMail(inbound, "parsed@customer.test", "Quote for a new sink?", "How much for a new sink?", null, null)
                .writeTo(raw);
        HttpClient http = HttpClient.newHttpClient();
        Supplier<HttpResponse<String>> post = () -> {
            try {
                return http.send(HttpRequest.newBuilder(app().getURI().resolve("/v1/inbound/email"))
                        .header("Authorization", "Bearer inbound-test-secret").header("Content-Type", "message/rfc822")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(raw.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertThat(post.get().statusCode()).isEqualTo(201);
        HttpResponse<String> again = post.get();
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"duplicate\":true");
        HttpResponse<String> wrongSecret = http.send(HttpRequest.newBuilder(app().getURI().resolve("/v1/inbound/email"))
                .header("Authorization", "Bearer nope").header("Content-Type", "message/rfc822")
                .POST(HttpRequest.BodyPublishers.ofByteArray(raw.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(owner.get("/v1/conversations?q=sink").list()).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("subject", "Quote for a new sink?"));
    }

    private static List<MimeMessage> received(String address) {
        List<MimeMessage> out = new ArrayList<>();
        try {
            for (MimeMessage m : mail.getReceivedMessages()) {
                for (var r : m.getAllRecipients()) {
                    if (r.toString().contains(address)) {
                        out.add(m);
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
