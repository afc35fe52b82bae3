package io.smbhub.adapter.rest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Keyset pagination through meta.cursor. */
class PaginationTest {

    @TempDir
    static Path temp;

    static ApiClient api;
    static ApiClient.Session owner;

    @BeforeAll
    static void start() {
        api = new ApiClient(temp);
        owner = api.signUp("owner@page.test");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void limitTwoAcrossFiveItemsReturnsEachOnceNewestFirst() {
        List<String> created = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            created.add(0, (String) api.post("/v1/contacts").token(owner.token())
                    .json("{\"display_name\":\"P" + i + "\"}").send().data().get("id"));
        }
        List<String> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String cursor = null;
        do {
            String path = "/v1/contacts?limit=2" + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            ApiClient.Response page = api.get(path).token(owner.token()).send();
            assertThat(page.status()).isEqualTo(200);
            page.list().forEach(c -> seen.add((String) c.get("id")));
            sizes.add(page.list().size());
            cursor = (String) page.meta().get("cursor");
        } while (cursor != null && sizes.size() < 10);

        assertThat(sizes).containsExactly(2, 2, 1);
        assertThat(seen).containsExactlyElementsOf(created);
        assertThat(api.get("/v1/contacts?cursor=garbage!").token(owner.token()).send().status()).isEqualTo(422);
    }
}
