package io.smbhub.adapter.postgres;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseCoordinatesTest {

    @Test
    void withDatabaseReplacesOnlyTheDatabaseName() {
        DatabaseCoordinates admin = new DatabaseCoordinates(
                "jdbc:postgresql://db.example.com:5432/postgres?sslmode=require", "admin", "secret");

        DatabaseCoordinates other = admin.withDatabase("smbhub_test_1");

        assertThat(other).isEqualTo(new DatabaseCoordinates(
                "jdbc:postgresql://db.example.com:5432/smbhub_test_1?sslmode=require", "admin", "secret"));
    }

    @Test
    void refusesUrlsOfOtherDrivers() {
        DatabaseCoordinates mysql = new DatabaseCoordinates("jdbc:mysql://localhost/app", "u", "p");

        assertThatThrownBy(() -> mysql.withDatabase("x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringHidesThePassword() {
        assertThat(new DatabaseCoordinates("jdbc:postgresql://h/d", "u", "hunter2").toString())
                .doesNotContain("hunter2");
    }
}
