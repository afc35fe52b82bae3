package io.smbhub.adapter.rest;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /v1/inbound/email}: raw MIME from the mail provider, authenticated by the deployment secret (issue 5). */
class InboundEmailTest {

    static final String SECRET = "inbound-secret-for-tests-0123456789";

    @TempDir
    static Path temp;

    static ApiClient api;
    static ApiClient.Session owner;
    static String inbound;

    @BeforeAll
    static void start() {
        api = new ApiClient(temp, Map.of("smbhub.inbound.secret", SECRET,
                "micronaut.server.max-request-size", "30MB"));
        owner = api.signUp("owner@inbound.test");
        inbound = (String) api.get("/v1/settings/email").token(owner.token()).send().data().get("inbound_address");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static ApiClient.Response post(String mime) {
        return api.post("/v1/inbound/email").header("Authorization", "Bearer " + SECRET).body("message/rfc822", mime).send();
    }

    private static List<Map<String, Object>> search(String q) {
        return api.get("/v1/conversations?q=" + q).token(owner.token()).send().list();
    }

    @Test
    void aRawEmailBecomesAConversationInTheRecipientsInbox() {
        ApiClient.Response r = post(Mails.plain("first-1@mail.test", "Jane Roe <jane.roe@customer.test>", inbound,
                "Leaking faucet", "Hello, the kitchen faucet leaks."));

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.data()).containsEntry("duplicate", false).containsKeys("conversation_id", "message_id")
                .doesNotContainKey("tenant_id");
        assertThat(r.body()).doesNotContain(owner.tenantId());
        List<Map<String, Object>> found = search("jane.roe");
        assertThat(found).extracting(c -> c.get("id")).containsExactly(r.data().get("conversation_id"));
        assertThat(found.get(0)).containsEntry("subject", "Leaking faucet").containsEntry("contact_id", null)
                .containsEntry("unread", true);
        assertThat(found.get(0).get("allowed_actions")).asInstanceOf(InstanceOfAssertFactories.LIST).contains("create_contact");
        List<Map<String, Object>> messages = api.get("/v1/conversations/" + r.data().get("conversation_id") + "/messages")
                .token(owner.token()).send().list();
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0)).containsEntry("direction", "INBOUND").containsEntry("status", "RECEIVED")
                .containsEntry("internet_message_id", "first-1@mail.test");
    }

    @Test
    void theSameMessageIdTwiceIsStoredOnce() {
        String mime = Mails.plain("twice-1@mail.test", "twice@customer.test", inbound, "Twice", "Posted twice.");
        ApiClient.Response first = post(mime);
        ApiClient.Response again = post(mime);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.data()).containsEntry("duplicate", true)
                .containsEntry("message_id", first.data().get("message_id"))
                .containsEntry("conversation_id", first.data().get("conversation_id"));
        assertThat(api.get("/v1/conversations/" + first.data().get("conversation_id") + "/messages").token(owner.token())
                .send().list()).hasSize(1);
    }

    @Test
    void aReplyThreadsIntoTheSameConversation() {
        ApiClient.Response first = post(Mails.plain("thread-1@mail.test", "thread@customer.test", inbound, "Quote?", "Price?"));
        ApiClient.Response reply = post(Mails.reply("thread-2@mail.test", "thread-1@mail.test", "thread@customer.test",
                inbound, "Quote?", "Any news?"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.data().get("conversation_id")).isEqualTo(first.data().get("conversation_id"));
        assertThat(api.get("/v1/conversations/" + first.data().get("conversation_id") + "/messages").token(owner.token())
                .send().list()).extracting(m -> m.get("internet_message_id"))
                .containsExactly("thread-1@mail.test", "thread-2@mail.test");
    }

    @Test
    void anAttachmentIsDownloadedAsAnAttachmentWithItsUtf8Name() {
        byte[] pdf = "%PDF-1.4 tiny test document".getBytes(StandardCharsets.US_ASCII);
        ApiClient.Response r = post(Mails.withAttachment("attach-1@mail.test", "files@customer.test", inbound,
                "Photos", "See attached.", "Angebot Müller.pdf", "application/pdf", pdf));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        Map<String, Object> message = api.get("/v1/conversations/" + r.data().get("conversation_id") + "/messages")
                .token(owner.token()).send().list().get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> attachment = ((List<Map<String, Object>>) message.get("attachments")).get(0);
        assertThat(attachment).containsEntry("file_name", "Angebot Müller.pdf").containsEntry("mime_type", "application/pdf")
                .containsEntry("size_bytes", pdf.length);

        ApiClient.Response file = api.get((String) attachment.get("download_path")).token(owner.token()).send();

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(new String(pdf, StandardCharsets.US_ASCII));
        assertThat(file.header("Content-Type")).startsWith("application/pdf");
        assertThat(file.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"Angebot M_ller.pdf\"; filename*=UTF-8''Angebot%20M%C3%BCller.pdf");
        assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(api.get((String) attachment.get("download_path")).send().status()).as("needs a user token").isEqualTo(401);
    }

    @Test
    void anUnknownSendersConversationCanCreateItsContact() {
        ApiClient.Response r = post(Mails.plain("unknown-1@mail.test", "Max Mustermann <max@newcustomer.test>", inbound,
                "New job", "Can you help?"));
        String conversation = (String) r.data().get("conversation_id");

        ApiClient.Response created = api.post("/v1/conversations/" + conversation + "/contact").token(owner.token())
                .json("{\"company_name\":\"Mustermann GmbH\"}").send();

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.data().get("contact_id")).isNotNull();
        Map<String, Object> contact = api.get("/v1/contacts/" + created.data().get("contact_id")).token(owner.token()).send().data();
        assertThat(contact).containsEntry("email", "max@newcustomer.test").containsEntry("display_name", "Max Mustermann")
                .containsEntry("company_name", "Mustermann GmbH");
        assertThat(api.post("/v1/conversations/" + conversation + "/contact").token(owner.token()).json("{}").send().status())
                .as("already linked").isEqualTo(409);
    }

    @Test
    void theSecretIsRequiredAndUserTokensDoNotCount() {
        String mime = Mails.plain("secret-1@mail.test", "x@customer.test", inbound, "S", "s");

        ApiClient.Response none = api.post("/v1/inbound/email").body("message/rfc822", mime).send();
        ApiClient.Response wrong = api.post("/v1/inbound/email").header("Authorization", "Bearer " + SECRET + "x")
                .body("message/rfc822", mime).send();
        ApiClient.Response userToken = api.post("/v1/inbound/email").token(owner.token()).body("message/rfc822", mime).send();

        for (ApiClient.Response r : List.of(none, wrong, userToken)) {
            assertThat(r.status()).as(r.toString()).isEqualTo(401);
            assertThat(r.errorCode()).isEqualTo("UNAUTHORIZED");
            assertThat((String) r.error().get("message")).contains("INBOUND_EMAIL_SECRET");
        }
        assertThat(search("secret-1")).isEmpty();
    }

    @Test
    void octetStreamIsAcceptedAndJsonIsNot() {
        ApiClient.Response octet = api.post("/v1/inbound/email").header("Authorization", "Bearer " + SECRET)
                .body("application/octet-stream", Mails.plain("octet-1@mail.test", "octet@customer.test", inbound, "O", "o"))
                .send();
        assertThat(octet.status()).as(octet.toString()).isEqualTo(201);

        ApiClient.Response json = api.post("/v1/inbound/email").header("Authorization", "Bearer " + SECRET).json("{}").send();
        assertThat(json.status()).isEqualTo(415);
    }

    @Test
    void anEmptyBodyOrAMailForNoTenantIs422() {
        ApiClient.Response empty = api.post("/v1/inbound/email").header("Authorization", "Bearer " + SECRET)
                .body("message/rfc822", "").send();
        assertThat(empty.status()).as(empty.toString()).isEqualTo(422);
        assertThat(empty.errorCode()).isEqualTo("VALIDATION_ERROR");

        ApiClient.Response nobody = post(Mails.plain("nobody-1@mail.test", "x@customer.test", "someone@elsewhere.test", "N", "n"));
        assertThat(nobody.status()).as(nobody.toString()).isEqualTo(422);
        assertThat(nobody.errorCode()).isEqualTo("VALIDATION_ERROR");
    }

    @Test
    void envelopeRecipientsRouteAMailWhoseHeadersNameNoTenant() {
        String mime = Mails.plain("envelope-1@mail.test", "bcc@customer.test", "list@elsewhere.test", "Bcc'd", "hi");
        ApiClient.Response r = api.post("/v1/inbound/email?to=" + URLEncoder.encode(inbound, StandardCharsets.UTF_8)).header("Authorization", "Bearer " + SECRET)
                .body("message/rfc822", mime).send();
        assertThat(r.status()).as(r.toString()).isEqualTo(201);

        String mime2 = Mails.plain("envelope-2@mail.test", "bcc@customer.test", "list@elsewhere.test", "Bcc'd", "hi");
        ApiClient.Response header = api.post("/v1/inbound/email").header("Authorization", "Bearer " + SECRET)
                .header("X-Envelope-To", "other@elsewhere.test, " + inbound).body("message/rfc822", mime2).send();
        assertThat(header.status()).as(header.toString()).isEqualTo(201);
    }

    @Test
    void aMailOver25MiBIs413() {
        String big = Mails.plain("big-1@mail.test", "big@customer.test", inbound, "Big", "x".repeat(25 * 1024 * 1024));

        ApiClient.Response r = post(big);

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.errorCode()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(search("big%40customer")).isEmpty();
    }

    @Test
    void withoutAConfiguredSecretTheRouteIsUnavailable(@TempDir Path otherTemp) {
        try (ApiClient unconfigured = new ApiClient(otherTemp)) {
            ApiClient.Response r = unconfigured.post("/v1/inbound/email").header("Authorization", "Bearer anything")
                    .body("message/rfc822", Mails.plain("off-1@mail.test", "x@customer.test", "y@z.test", "S", "s")).send();

            assertThat(r.status()).isEqualTo(503);
            assertThat(r.errorCode()).isEqualTo("UNAVAILABLE");
            assertThat((String) r.error().get("message")).contains("INBOUND_EMAIL_SECRET");
        }
    }
}
