package io.smbhub.adapter.rest;

import io.smbhub.domain.tenant.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The inbox API (spec smb-hub-prd.md 2.3 "Inbox", 3.4, 3.5, 12.2 D; Epic 3) on the in-memory core. */
class InboxTest {

    static final String SECRET = "inbox-test-secret-0123456789abcdef";

    @TempDir
    static Path temp;

    static ApiClient api;
    static ApiClient.Session owner;
    static String contact;
    static String inbound;

    @BeforeAll
    static void start() {
        api = new ApiClient(temp, Map.of("smbhub.inbound.secret", SECRET));
        owner = api.signUp("owner@inbox.test");
        contact = (String) api.post("/v1/contacts").token(owner.token())
                .json("{\"display_name\":\"Ann Customer\",\"email\":\"ann@customer.test\"}").send().data().get("id");
        inbound = (String) api.get("/v1/settings/email").token(owner.token()).send().data().get("inbound_address");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    /** A new conversation with Ann, composed by the owner. */
    private static ApiClient.Response compose(String subject) {
        return api.post("/v1/conversations").token(owner.token()).json("""
                {"contact_id":"%s","subject":"%s","body":"Hello Ann, about your request."}""".formatted(contact, subject)).send();
    }

    /** An inbound email from a new sender: its conversation id. */
    private static String received(String messageId, String from, String subject) {
        ApiClient.Response r = api.post("/v1/inbound/email").header("Authorization", "Bearer " + SECRET)
                .body("message/rfc822", Mails.plain(messageId, from, inbound, subject, "Please call me back.\nThanks")).send();
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return (String) r.data().get("conversation_id");
    }

    @Test
    void composeStartsAConversationWithAQueuedMessage() {
        ApiClient.Response created = compose("Your appointment");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.data()).containsEntry("contact_id", contact).containsEntry("subject", "Your appointment")
                .containsEntry("participant_address", "ann@customer.test").containsEntry("channel", "EMAIL");
        String id = (String) created.data().get("id");
        assertThat(api.get("/v1/conversations/" + id).token(owner.token()).send().data()).containsEntry("id", id);
        List<Map<String, Object>> messages = api.get("/v1/conversations/" + id + "/messages").token(owner.token()).send().list();
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0)).containsEntry("direction", "OUTBOUND").containsEntry("status", "QUEUED")
                .containsEntry("subject", "Your appointment");
    }

    @Test
    void aReplyIsAcceptedAsQueuedAndAReplayQueuesNothingMore() {
        String id = received("reply-1@mail.test", "Rita <rita@reply.test>", "Reply test");
        String body = "{\"body\":\"We can come on Tuesday.\",\"cc\":[\"office@customer.test\"]}";

        ApiClient.Response reply = api.post("/v1/conversations/" + id + "/messages").token(owner.token())
                .header("Idempotency-Key", "reply-1").json(body).send();
        ApiClient.Response replay = api.post("/v1/conversations/" + id + "/messages").token(owner.token())
                .header("Idempotency-Key", "reply-1").json(body).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(202);
        assertThat(reply.data()).containsEntry("status", "QUEUED").containsEntry("direction", "OUTBOUND")
                .containsEntry("conversation_id", id).containsEntry("body_text", "We can come on Tuesday.")
                .containsEntry("cc", List.of("office@customer.test")).containsEntry("sent_at", null);
        assertThat((String) reply.data().get("subject")).startsWith("Re: ");
        assertThat(replay.status()).isEqualTo(202);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.data().get("id")).isEqualTo(reply.data().get("id"));
        assertThat(api.get("/v1/conversations/" + id + "/messages").token(owner.token()).send().list()).hasSize(2);
    }

    @Test
    void aReplyNeedsABody() {
        String id = (String) compose("Empty reply").data().get("id");
        ApiClient.Response r = api.post("/v1/conversations/" + id + "/messages").token(owner.token()).json("{\"cc\":[]}").send();
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.errorFields()).contains("body");
        assertThat(api.post("/v1/conversations/" + id + "/messages").token(owner.token()).json("{\"body\":\"x\",\"cc\":\"a@b.test\"}")
                .send().status()).as("cc must be an array").isEqualTo(400);
    }

    @Test
    void composeNeedsARecipientAndASubject() {
        ApiClient.Response noRecipient = api.post("/v1/conversations").token(owner.token())
                .json("{\"subject\":\"S\",\"body\":\"B\"}").send();
        assertThat(noRecipient.status()).as(noRecipient.toString()).isEqualTo(422);
        ApiClient.Response noSubject = api.post("/v1/conversations").token(owner.token())
                .json("{\"to\":\"someone@customer.test\",\"body\":\"B\"}").send();
        assertThat(noSubject.status()).isEqualTo(422);
        assertThat(noSubject.errorFields()).contains("subject");
        ApiClient.Response unknownContact = api.post("/v1/conversations").token(owner.token())
                .json("{\"contact_id\":\"" + UUID.randomUUID() + "\",\"subject\":\"S\",\"body\":\"B\"}").send();
        assertThat(unknownContact.status()).isEqualTo(422);
        assertThat(unknownContact.errorFields()).containsExactly("contact_id");
    }

    @Test
    void assignAndUnassignWithAVersionGuard() {
        String id = (String) compose("Assign test").data().get("id");
        ApiClient.Response created = api.get("/v1/conversations/" + id).token(owner.token()).send();
        ApiClient.Session staff = api.member(owner, Role.STAFF, "staff-assign@inbox.test");

        ApiClient.Response assigned = api.post("/v1/conversations/" + id + "/assign").token(owner.token())
                .json("{\"assignee_id\":\"" + staff.userId() + "\",\"if_match_version\":" + created.data().get("version") + "}").send();
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.data()).containsEntry("assigned_to", staff.userId());
        assertThat(api.get("/v1/conversations?assigned_to=" + staff.userId()).token(owner.token()).send().list())
                .extracting(c -> c.get("id")).containsExactly(id);
        assertThat(api.get("/v1/conversations?unassigned=true").token(owner.token()).send().list())
                .extracting(c -> c.get("id")).doesNotContain(id);

        ApiClient.Response stale = api.post("/v1/conversations/" + id + "/assign").token(owner.token())
                .json("{\"assignee_id\":null,\"if_match_version\":" + created.data().get("version") + "}").send();
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.errorCode()).isEqualTo("CONFLICT");
        assertThat(stale.data()).as("the latest conversation comes with the 409").containsEntry("assigned_to", staff.userId());

        ApiClient.Response unassigned = api.post("/v1/conversations/" + id + "/assign").token(owner.token())
                .json("{\"assignee_id\":null}").send();
        assertThat(unassigned.status()).isEqualTo(200);
        assertThat(unassigned.data()).containsEntry("assigned_to", null);
    }

    @Test
    void assigningSomeoneWhoIsNotAMemberIs422() {
        String id = (String) compose("Assign stranger").data().get("id");
        ApiClient.Response r = api.post("/v1/conversations/" + id + "/assign").token(owner.token())
                .json("{\"assignee_id\":\"" + UUID.randomUUID() + "\"}").send();
        assertThat(r.status()).as(r.toString()).isIn(404, 422);
    }

    @Test
    void closeReopenAndTheirInvalidTransitions() {
        String id = received("close-1@mail.test", "closer@close.test", "Close test");

        ApiClient.Response closed = api.post("/v1/conversations/" + id + "/close").token(owner.token()).json("{}").send();
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.data()).containsEntry("status", "CLOSED");
        assertThat(api.get("/v1/conversations?status=OPEN").token(owner.token()).send().list())
                .extracting(c -> c.get("id")).doesNotContain(id);
        assertThat(api.get("/v1/conversations?status=CLOSED").token(owner.token()).send().list())
                .extracting(c -> c.get("id")).contains(id);
        ApiClient.Response again = api.post("/v1/conversations/" + id + "/close").token(owner.token()).json("{}").send();
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("INVALID_TRANSITION");

        ApiClient.Response reopened = api.post("/v1/conversations/" + id + "/reopen").token(owner.token()).send();
        assertThat(reopened.status()).isEqualTo(200);
        assertThat(reopened.data()).containsEntry("status", "OPEN");
        assertThat(api.post("/v1/conversations/" + id + "/reopen").token(owner.token()).send().errorCode())
                .isEqualTo("INVALID_TRANSITION");
    }

    @Test
    void readingClearsTheUnreadMark() {
        String id = received("unread-1@mail.test", "Bob <bob@unread.test>", "Unread test");
        assertThat(api.get("/v1/conversations?unread=true").token(owner.token()).send().list())
                .extracting(c -> c.get("id")).contains(id);

        ApiClient.Response read = api.post("/v1/conversations/" + id + "/read").token(owner.token()).send();

        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.data()).containsEntry("unread", false);
        assertThat(api.get("/v1/conversations?unread=true").token(owner.token()).send().list())
                .extracting(c -> c.get("id")).doesNotContain(id);
    }

    @Test
    void aConversationBecomesAWorkItemInOneCall() {
        String id = received("work-1@mail.test", "Carla <carla@work.test>", "Broken heater");
        api.post("/v1/conversations/" + id + "/contact").token(owner.token()).json("{}").send();

        ApiClient.Response work = api.post("/v1/conversations/" + id + "/work-item").token(owner.token())
                .header("Idempotency-Key", "work-1").json("{\"priority\":\"HIGH\"}").send();

        assertThat(work.status()).as(work.toString()).isEqualTo(201);
        assertThat(work.data()).containsEntry("title", "Broken heater").containsEntry("priority", "HIGH")
                .containsEntry("conversation_id", id).containsEntry("source", "INBOX");
        String contactId = (String) api.get("/v1/conversations/" + id).token(owner.token()).send().data().get("contact_id");
        assertThat(work.data()).containsEntry("contact_id", contactId);
        assertThat((String) work.data().get("description")).contains("Please call me back.");
        ApiClient.Response replay = api.post("/v1/conversations/" + id + "/work-item").token(owner.token())
                .header("Idempotency-Key", "work-1").json("{\"priority\":\"HIGH\"}").send();
        assertThat(replay.data().get("id")).isEqualTo(work.data().get("id"));
        assertThat(api.get("/v1/work-items/" + work.data().get("id")).token(owner.token()).send().data())
                .containsEntry("conversation_id", id);
    }

    @Test
    void theWorkItemTitleCanBeGivenAndBadFieldsAreRefused() {
        String id = received("work-2@mail.test", "dan@work.test", "Door");
        ApiClient.Response titled = api.post("/v1/conversations/" + id + "/work-item").token(owner.token())
                .json("{\"title\":\"Fix the front door\",\"type\":\"REQUEST\"}").send();
        assertThat(titled.status()).isEqualTo(201);
        assertThat(titled.data()).containsEntry("title", "Fix the front door").containsEntry("type", "REQUEST");
        assertThat(api.post("/v1/conversations/" + id + "/work-item").token(owner.token()).json("{\"priority\":\"URGENTEST\"}")
                .send().status()).isEqualTo(400);
        assertThat(api.post("/v1/conversations/" + id + "/work-item").token(owner.token()).json("{\"due_at\":\"tomorrow\"}")
                .send().errorFields()).containsExactly("due_at");
    }

    @Test
    void linkingAnExistingContact() {
        String id = received("link-1@mail.test", "ann.other@customer.test", "Other address");

        ApiClient.Response linked = api.post("/v1/conversations/" + id + "/contact/link").token(owner.token())
                .json("{\"contact_id\":\"" + contact + "\"}").send();

        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        assertThat(linked.data()).containsEntry("contact_id", contact).containsEntry("contact_name", "Ann Customer");
        assertThat(api.get("/v1/conversations?contact_id=" + contact).token(owner.token()).send().list())
                .extracting(c -> c.get("id")).contains(id);
        ApiClient.Response unknown = api.post("/v1/conversations/" + id + "/contact/link").token(owner.token())
                .json("{\"contact_id\":\"" + UUID.randomUUID() + "\"}").send();
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.errorFields()).containsExactly("contact_id");
    }

    @Test
    void searchFindsBySenderAndSubject() {
        String id = received("search-1@mail.test", "Erika Sample <erika@search.test>", "Gutter cleaning");
        assertThat(api.get("/v1/conversations?q=erika").token(owner.token()).send().list())
                .extracting(c -> c.get("id")).containsExactly(id);
        assertThat(api.get("/v1/conversations?q=gutter").token(owner.token()).send().list())
                .extracting(c -> c.get("id")).containsExactly(id);
        assertThat(api.get("/v1/conversations?q=nothing-like-this").token(owner.token()).send().list()).isEmpty();
    }

    @Test
    void listsArePaginated() {
        for (int i = 0; i < 3; i++) {
            compose("Page " + i);
        }
        ApiClient.Response first = api.get("/v1/conversations?limit=2").token(owner.token()).send();
        assertThat(first.list()).hasSize(2);
        String cursor = (String) first.meta().get("cursor");
        assertThat(cursor).isNotNull();
        ApiClient.Response second = api.get("/v1/conversations?limit=2&cursor=" + cursor).token(owner.token()).send();
        assertThat(second.list()).extracting(c -> c.get("id"))
                .doesNotContainAnyElementsOf(first.list().stream().map(c -> c.get("id")).toList());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /v1/conversations?unread=maybe      | 400 | unread
            /v1/conversations?unassigned=1      | 400 | unassigned
            /v1/conversations?status=PENDING    | 400 | status
            /v1/conversations?channel=PIGEON    | 400 | channel
            /v1/conversations?assigned_to=me    | 400 | assigned_to
            /v1/conversations?contact_id=x      | 400 | contact_id
            /v1/conversations?limit=1000        | 422 | limit
            """)
    void badListParametersAreRefusedNamingTheParameter(String path, int status, String field) {
        ApiClient.Response r = api.get(path).token(owner.token()).send();
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.errorFields()).containsExactly(field);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            GET  | /v1/conversations/%s
            GET  | /v1/conversations/%s/messages
            POST | /v1/conversations/%s/messages
            POST | /v1/conversations/%s/assign
            POST | /v1/conversations/%s/close
            POST | /v1/conversations/%s/reopen
            POST | /v1/conversations/%s/read
            POST | /v1/conversations/%s/contact
            POST | /v1/conversations/%s/contact/link
            POST | /v1/conversations/%s/work-item
            POST | /v1/messages/%s/retry
            GET  | /v1/files/%s
            """)
    void unknownIdsAre404(String method, String template) {
        for (String id : List.of(UUID.randomUUID().toString(), "not-a-uuid")) {
            ApiClient.Call call = method.equals("GET") ? api.get(template.formatted(id)) : api.post(template.formatted(id));
            ApiClient.Response r = call.token(owner.token()).json(method.equals("GET") ? null : "{\"body\":\"x\",\"contact_id\":\""
                    + contact + "\"}").send();
            assertThat(r.status()).as(method + " " + template.formatted(id) + " → " + r).isEqualTo(404);
            assertThat(r.errorCode()).isEqualTo("NOT_FOUND");
        }
    }

    @Test
    void retryingAMessageThatDidNotFailIs409() {
        String id = (String) compose("Retry test").data().get("id");
        String message = (String) api.get("/v1/conversations/" + id + "/messages").token(owner.token()).send().list().get(0).get("id");

        ApiClient.Response r = api.post("/v1/messages/" + message + "/retry").token(owner.token()).send();

        assertThat(r.status()).as(r.toString()).isEqualTo(409);
        assertThat(r.errorCode()).isEqualTo("INVALID_TRANSITION");
    }

    @Test
    void aViewerReadsTheInboxButCannotReply() {
        String id = (String) compose("Viewer test").data().get("id");
        ApiClient.Session viewer = api.member(owner, Role.VIEWER, "viewer@inbox.test");

        assertThat(api.get("/v1/conversations/" + id).token(viewer.token()).send().status()).isEqualTo(200);
        ApiClient.Response reply = api.post("/v1/conversations/" + id + "/messages").token(viewer.token())
                .json("{\"body\":\"hi\"}").send();
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.errorCode()).isEqualTo("FORBIDDEN");
    }

    @Test
    void anAgentSeesOnlyConversationsAssignedToIt() {
        String mine = (String) compose("Agent mine").data().get("id");
        String other = (String) compose("Agent other").data().get("id");
        ApiClient.Session agent = api.member(owner, Role.AGENT, "agent@inbox.test");
        api.post("/v1/conversations/" + mine + "/assign").token(owner.token()).json("{\"assignee_id\":\"" + agent.userId() + "\"}").send();

        assertThat(api.get("/v1/conversations?limit=100").token(agent.token()).send().list())
                .extracting(c -> c.get("id")).contains(mine).doesNotContain(other);
        assertThat(api.get("/v1/conversations/" + other).token(agent.token()).send().status()).isIn(403, 404);
    }
}
