package io.smbhub.adapter.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class S3SettingsTest {

    @Test
    void toStringHidesTheSecretAccessKey() {
        S3Settings settings = new S3Settings("http://localhost:9000", "auto", "files", "AKID", "s3cr3t-value", true);

        assertThat(settings.toString()).contains("AKID", "files", "http://localhost:9000").doesNotContain("s3cr3t-value");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void aBlankEndpointMeansAwsS3sOwnEndpoint(String endpoint) {
        S3Settings settings = new S3Settings(endpoint, "eu-central-1", "files", "AKID", "secret", false);

        assertThat(settings.endpoint()).isNull();
        assertThat(settings.endpointUri()).isNull();
    }

    @Test
    void anEndpointIsTrimmedAndParsed() {
        S3Settings settings = new S3Settings(" https://acc.r2.cloudflarestorage.com ", "auto", "files", "AKID", "s", false);

        assertThat(settings.endpointUri()).isEqualTo(URI.create("https://acc.r2.cloudflarestorage.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:9000", "ftp://host", "http://", "not a url"})
    void anEndpointThatIsNotAnHttpUrlIsRefused(String endpoint) {
        assertThatThrownBy(() -> new S3Settings(endpoint, "auto", "files", "AKID", "secret", true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("S3_ENDPOINT");
    }

    @Test
    void missingRequiredSettingsAreNamedByTheirVariable() {
        assertThatThrownBy(() -> new S3Settings(null, " ", "files", "AKID", "secret", false))
                .hasMessageContaining("S3_REGION");
        assertThatThrownBy(() -> new S3Settings(null, "auto", null, "AKID", "secret", false))
                .hasMessageContaining("S3_BUCKET");
        assertThatThrownBy(() -> new S3Settings(null, "auto", "files", "", "secret", false))
                .hasMessageContaining("S3_ACCESS_KEY_ID");
        assertThatThrownBy(() -> new S3Settings(null, "auto", "files", "AKID", null, false))
                .hasMessageContaining("S3_SECRET_ACCESS_KEY")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("AKID"));
    }
}
