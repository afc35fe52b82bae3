package io.smbhub.adapter.rest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Contact PATCH semantics and list filters. */
class ContactsTest {

    @TempDir
    static Path temp;

    static ApiClient api;
    static ApiClient.Session owner;

    @BeforeAll
    static void start() {
        api = new ApiClient(temp);
        owner = api.signUp("owner@contacts.test");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void patchLeavesAbsentFieldsClearsNullsAndChecksTheVersion() {
        ApiClient.Response created = api.post("/v1/contacts").token(owner.token()).json("""
                {"display_name":"Ann","type":"lead","email":"ann@contacts.test","phone":"+14165550100",
                 "address":{"line1":"1 Main St","city":"Toronto","postal_code":"M5V 1A1"},"tags":["vip"],"notes":"n"}""").send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.data()).containsEntry("type", "LEAD").containsEntry("tags", List.of("vip"));
        String id = (String) created.data().get("id");

        ApiClient.Response patched = api.patch("/v1/contacts/" + id).token(owner.token())
                .json("{\"email\":null,\"address\":{\"city\":\"Ottawa\",\"line1\":null},\"status\":\"ARCHIVED\"}").send();
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.data()).containsEntry("email", null).containsEntry("phone", "+14165550100")
                .containsEntry("notes", "n").containsEntry("tags", List.of("vip")).containsEntry("status", "ARCHIVED");
        @SuppressWarnings("unchecked") Map<String, Object> address = (Map<String, Object>) patched.data().get("address");
        assertThat(address).containsEntry("city", "Ottawa").containsEntry("line1", null).containsEntry("postal_code", "M5V 1A1");

        ApiClient.Response stale = api.patch("/v1/contacts/" + id).token(owner.token())
                .json("{\"notes\":\"lost\",\"if_match_version\":" + created.data().get("version") + "}").send();
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.errorCode()).isEqualTo("CONFLICT");
        assertThat(stale.data()).containsEntry("id", id).containsEntry("notes", "n");
        assertThat(api.get("/v1/contacts/" + id).token(owner.token()).send().data()).containsEntry("notes", "n");

        assertThat(api.get("/v1/contacts?status=ARCHIVED&type=LEAD").token(owner.token()).send().list())
                .extracting(c -> c.get("id")).containsExactly(id);
        assertThat(api.get("/v1/contacts?status=ACTIVE").token(owner.token()).send().list())
                .extracting(c -> c.get("id")).doesNotContain(id);
    }

    @Test
    void wrongTypesInsideNestedObjectsNameTheFullPath() {
        ApiClient.Response r = api.post("/v1/contacts").token(owner.token())
                .json("{\"display_name\":\"X\",\"address\":{\"city\":7}}").send();
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("address.city");
        ApiClient.Response tags = api.post("/v1/contacts").token(owner.token())
                .json("{\"display_name\":\"X\",\"tags\":[\"ok\",1]}").send();
        assertThat(tags.errorFields()).containsExactly("tags[1]");
    }
}
