package io.smbhub.adapter.rest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Team management over HTTP (spec smb-hub-prd.md 2.2, 4.2.3): invite, accept (public), change role, disable and
 * enable — and every request with our own token re-checks the membership, so changes apply without a new login.
 */
class MembersTest {

    private static final String INVALID_LINK = "This invitation link is invalid or has expired";

    @TempDir
    static Path temp;

    static ApiClient api;
    static ApiClient.Session owner;

    @BeforeAll
    static void start() {
        api = new ApiClient(temp);
        owner = api.signUp("owner@team.test");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static ApiClient.Response invite(ApiClient.Session by, String email, String role, String key) {
        ApiClient.Call call = api.post("/v1/members/invitations").token(by.token())
                .json("{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}");
        return (key == null ? call : call.header("Idempotency-Key", key)).send();
    }

    private static ApiClient.Response accept(String token, String password) {
        return api.post("/v1/invitations/accept")
                .json("{\"token\":" + (token == null ? "null" : "\"" + token + "\"") + ",\"password\":\"" + password + "\"}").send();
    }

    /** A member joined through invitation and acceptance. */
    private static ApiClient.Session join(String email, String role) {
        ApiClient.Response invited = invite(owner, email, role, null);
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        ApiClient.Response accepted = accept((String) invited.data().get("token"), "member-pass-1");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        Map<String, Object> d = accepted.data();
        return new ApiClient.Session((String) d.get("access_token"), (String) d.get("tenant_id"), (String) d.get("user_id"));
    }

    private static ApiClient.Response patch(ApiClient.Session by, String userId, String json) {
        return api.patch("/v1/members/" + userId).token(by.token()).json(json).send();
    }

    private static int version(String userId) {
        return ((Number) api.get("/v1/members/" + userId).token(owner.token()).send().data().get("version")).intValue();
    }

    @Test
    void theWholeInvitationFlowEndsWithATokenOfTheNewMember() {
        String inAWeek = api.core().clock().now().plus(Duration.ofDays(7)).toString();
        ApiClient.Response invited = invite(owner, "Hire@Team.test", "STAFF", "invite-hire-1");

        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        assertThat(invited.data()).containsEntry("email", "hire@team.test").containsEntry("role", "STAFF")
                .containsEntry("status", "PENDING").containsEntry("expired", false)
                .containsEntry("expires_at", inAWeek).containsEntry("accept_path", "/v1/invitations/accept")
                .containsEntry("invited_by", owner.userId());
        String token = (String) invited.data().get("token");
        assertThat(token).startsWith(owner.tenantId() + ".");

        ApiClient.Response replay = invite(owner, "Hire@Team.test", "STAFF", "invite-hire-1");
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.data()).containsEntry("id", invited.data().get("id")).containsEntry("token", null);
        ApiClient.Response listed = api.get("/v1/members/invitations?status=PENDING").token(owner.token()).send();
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.list()).filteredOn(i -> i.get("id").equals(invited.data().get("id")))
                .singleElement().satisfies(i -> assertThat(i).containsEntry("token", null).containsEntry("accept_path", null));

        ApiClient.Response accepted = accept(token, "hire-pass-1");

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.data()).containsEntry("tenant_id", owner.tenantId()).containsEntry("role", "STAFF")
                .containsEntry("token_type", "Bearer").containsKey("access_token");
        String memberToken = (String) accepted.data().get("access_token");
        assertThat(api.get("/v1/contacts").token(memberToken).send().status()).isEqualTo(200);
        assertThat(api.get("/v1/members").token(memberToken).send().status()).as("STAFF does not manage the team").isEqualTo(403);
        ApiClient.Response login = api.post("/v1/auth/login").json("{\"email\":\"hire@team.test\",\"password\":\"hire-pass-1\"}").send();
        assertThat(login.data()).containsEntry("user_id", accepted.data().get("user_id")).containsEntry("role", "STAFF");
        ApiClient.Response team = api.get("/v1/members").token(owner.token()).send();
        assertThat(team.list()).filteredOn(m -> m.get("user_id").equals(accepted.data().get("user_id"))).singleElement()
                .satisfies(m -> assertThat(m).containsEntry("email", "hire@team.test").containsEntry("status", "ACTIVE")
                        .containsEntry("role", "STAFF").containsKeys("joined_at", "updated_at", "version"));

        ApiClient.Response again = accept(token, "hire-pass-1");
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.error()).containsEntry("code", "NOT_FOUND").containsEntry("message", INVALID_LINK);
    }

    @Test
    void malformedUnknownAndRevokedTokensAllAnswerTheSame404() {
        ApiClient.Response invited = invite(owner, "revoke.me@team.test", "VIEWER", null);
        String id = (String) invited.data().get("id");
        assertThat(api.delete("/v1/members/invitations/" + id).token(owner.token()).send().status()).isEqualTo(204);
        assertThat(api.get("/v1/members/invitations/" + id).token(owner.token()).send().data()).containsEntry("status", "REVOKED");

        for (String token : new String[]{(String) invited.data().get("token"), "nonsense", null,
                owner.tenantId() + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}) {
            ApiClient.Response r = accept(token, "whatever-pass");
            assertThat(r.status()).as(String.valueOf(token)).isEqualTo(404);
            assertThat(r.error()).containsEntry("message", INVALID_LINK);
        }
        ApiClient.Response twice = api.delete("/v1/members/invitations/" + id).token(owner.token()).send();
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.errorCode()).isEqualTo("INVALID_TRANSITION");
    }

    @Test
    void aRoleChangeAppliesToTheNextRequestAndADisabledMemberIsRefusedAtOnce() {
        ApiClient.Session staff = join("live@team.test", "STAFF");
        assertThat(api.post("/v1/contacts").token(staff.token()).json("{\"display_name\":\"By staff\"}").send().status())
                .isEqualTo(201);

        ApiClient.Response demoted = patch(owner, staff.userId(), "{\"role\":\"VIEWER\",\"if_match_version\":" + version(staff.userId()) + "}");
        assertThat(demoted.status()).as(demoted.toString()).isEqualTo(200);
        assertThat(demoted.data()).containsEntry("role", "VIEWER");

        ApiClient.Response asViewer = api.post("/v1/contacts").token(staff.token()).json("{\"display_name\":\"Again\"}").send();
        assertThat(asViewer.status()).as("same token, new role").isEqualTo(403);
        assertThat(api.get("/v1/contacts").token(staff.token()).send().status()).isEqualTo(200);

        assertThat(patch(owner, staff.userId(), "{\"status\":\"DISABLED\"}").data()).containsEntry("status", "DISABLED");
        ApiClient.Response refused = api.get("/v1/contacts").token(staff.token()).send();
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.errorCode()).isEqualTo("UNAUTHORIZED");
        assertThat(api.post("/v1/auth/login").json("{\"email\":\"live@team.test\",\"password\":\"member-pass-1\"}").send().status())
                .isEqualTo(401);

        assertThat(patch(owner, staff.userId(), "{\"status\":\"ACTIVE\"}").status()).isEqualTo(200);
        assertThat(api.get("/v1/contacts").token(staff.token()).send().status()).isEqualTo(200);

        ApiClient.Response audit = api.get("/v1/audit-logs?entity_type=member&entity_id=" + staff.userId()).token(owner.token()).send();
        assertThat(audit.list()).extracting(e -> e.get("action"))
                .containsExactly("member.enabled", "member.disabled", "member.role_changed", "member.joined");
        @SuppressWarnings("unchecked") Map<String, Object> before = (Map<String, Object>) audit.list().get(2).get("before");
        @SuppressWarnings("unchecked") Map<String, Object> after = (Map<String, Object>) audit.list().get(2).get("after");
        assertThat(before).containsEntry("role", "STAFF");
        assertThat(after).containsEntry("role", "VIEWER");
    }

    @Test
    void aStaleVersionIs409WithTheMemberAsItIsNow() {
        ApiClient.Session agent = join("stale@team.test", "AGENT");
        int v = version(agent.userId());
        assertThat(patch(owner, agent.userId(), "{\"role\":\"STAFF\",\"if_match_version\":" + v + "}").status()).isEqualTo(200);

        ApiClient.Response stale = patch(owner, agent.userId(), "{\"role\":\"VIEWER\",\"if_match_version\":" + v + "}");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.errorCode()).isEqualTo("CONFLICT");
        assertThat(stale.data()).containsEntry("role", "STAFF").containsEntry("version", v + 1);
    }

    @Test
    void ownershipRulesHoldOverHttp() {
        ApiClient.Response lastOwner = patch(owner, owner.userId(), "{\"role\":\"ADMIN\"}");
        assertThat(lastOwner.status()).isEqualTo(409);
        assertThat(lastOwner.errorCode()).isEqualTo("CONFLICT");
        assertThat((String) lastOwner.error().get("message")).contains("last active OWNER");

        ApiClient.Session admin = join("admin@team.test", "ADMIN");
        ApiClient.Session staff = join("promote.me@team.test", "STAFF");
        assertThat(invite(admin, "boss@team.test", "OWNER", null).status()).isEqualTo(403);
        assertThat(patch(admin, staff.userId(), "{\"role\":\"OWNER\"}").status()).isEqualTo(403);
        assertThat(patch(admin, owner.userId(), "{\"status\":\"DISABLED\"}").status()).isEqualTo(403);
        assertThat(patch(admin, admin.userId(), "{\"role\":\"STAFF\"}").status()).isEqualTo(403);
        assertThat(patch(admin, staff.userId(), "{\"role\":\"AGENT\"}").status()).isEqualTo(200);
        ApiClient.Response invalid = patch(owner, staff.userId(), "{\"status\":\"INVITED\"}");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.errorFields()).containsExactly("status");
        assertThat(api.get("/v1/members/" + UUID.randomUUID()).token(owner.token()).send().status()).isEqualTo(404);
        assertThat(api.get("/v1/members/not-a-uuid").token(owner.token()).send().status()).isEqualTo(404);
    }

    @Test
    void someoneInTwoBusinessesChoosesOneAtLoginWithTenantId() {
        ApiClient.Session other = api.signUp("consultant@elsewhere.test");
        api.core().clock().advance(Duration.ofMinutes(1));
        String token = (String) invite(owner, "consultant@elsewhere.test", "AGENT", null).data().get("token");
        ApiClient.Response wrongPassword = accept(token, "not-my-password");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(accept(token, "correct-horse-1").data()).containsEntry("tenant_id", owner.tenantId())
                .containsEntry("user_id", other.userId());

        ApiClient.Response byDefault = api.post("/v1/auth/login")
                .json("{\"email\":\"consultant@elsewhere.test\",\"password\":\"correct-horse-1\"}").send();
        ApiClient.Response chosen = api.post("/v1/auth/login").json("{\"email\":\"consultant@elsewhere.test\","
                + "\"password\":\"correct-horse-1\",\"tenant_id\":\"" + owner.tenantId() + "\"}").send();
        ApiClient.Response notMine = api.post("/v1/auth/login").json("{\"email\":\"consultant@elsewhere.test\","
                + "\"password\":\"correct-horse-1\",\"tenant_id\":\"" + UUID.randomUUID() + "\"}").send();

        assertThat(byDefault.data()).containsEntry("tenant_id", other.tenantId()).containsEntry("role", "OWNER");
        assertThat(chosen.data()).containsEntry("tenant_id", owner.tenantId()).containsEntry("role", "AGENT");
        assertThat(notMine.status()).isEqualTo(401);
    }

    @Test
    void theRoutesAreDocumented() {
        ApiClient.Response spec = api.get("/openapi.yml").send();
        assertThat(spec.body()).contains("/v1/members/{user_id}:", "/v1/members/invitations:", "/v1/invitations/accept:",
                "operationId: inviteMember", "operationId: acceptInvitation", "operationId: updateMember");
    }
}
