package io.smbhub.adapter.rest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /v1/contacts/import with text/csv. */
class ContactImportTest {

    @TempDir
    static Path temp;

    static ApiClient api;
    static ApiClient.Session owner;

    @BeforeAll
    static void start() {
        api = new ApiClient(temp);
        owner = api.signUp("owner@csv.test");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static ApiClient.Response upload(String csv) {
        return api.post("/v1/contacts/import").token(owner.token()).body("text/csv", csv).send();
    }

    @Test
    @SuppressWarnings("unchecked")
    void goodRowsAreCreatedBadRowsReportedByPhysicalLineAndReimportCreatesNoDuplicates() {
        String csv = " Display Name ,EMAIL,phone,notes,tags\r\n"
                + "Ann Good,ann@csv.test,,first,vip;local\r\n"
                + "Bob Bad,not-an-email,,,\r\n"
                + "Cat Multi,cat@csv.test,,\"line one\r\nline two\r\nline three\",\r\n"
                + "\r\n"
                + "Dan Late,dan@x,,,\r\n";
        ApiClient.Response first = upload(csv);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.data()).containsEntry("created", 2).containsEntry("skipped_duplicates", 0).containsEntry("rejected", 2);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) first.data().get("errors");
        assertThat(errors).extracting(e -> e.get("line")).containsExactly(3, 8);
        assertThat(errors).extracting(e -> e.get("field")).containsOnly("email");

        List<Map<String, Object>> cats = api.get("/v1/contacts?q=Cat").token(owner.token()).send().list();
        assertThat(cats).hasSize(1);
        assertThat(cats.get(0)).containsEntry("notes", "line one\r\nline two\r\nline three");
        assertThat(api.get("/v1/contacts?q=Ann").token(owner.token()).send().list().get(0))
                .containsEntry("tags", List.of("vip", "local"));

        ApiClient.Response again = upload(csv);
        assertThat(again.data()).containsEntry("created", 0).containsEntry("skipped_duplicates", 2).containsEntry("rejected", 2);
        assertThat(api.get("/v1/contacts").token(owner.token()).send().list()).hasSize(2);
    }

    @Test
    void malformedCsvIs400NamingTheLine() {
        ApiClient.Response r = upload("display_name,email\nok,ok@csv.test\n\"broken\"x,b@csv.test\n");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat((String) r.error().get("message")).contains("line 3");
        assertThat(api.get("/v1/contacts?q=ok").token(owner.token()).send().list()).isEmpty();

        assertThat(upload("").status()).isEqualTo(400);
    }

    @Test
    void aCsvWithoutDisplayNameColumnIsRefused() {
        ApiClient.Response r = upload("name,email\nX,x@csv.test\n");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.errorCode()).isEqualTo("VALIDATION_ERROR");
    }
}
