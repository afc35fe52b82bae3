package io.smbhub.adapter.files;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FieldError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@link S3FileStorage} against {@link S3StandIn}, which answers as S3 does over its REST protocol. */
class S3FileStorageTest {

    private static final String ACCESS_KEY = "AKIASTANDIN00000001";
    private static final String SECRET = "standInSecret/DoNotLeak+0123456789abcdefgh";
    private static final String REGION = "eu-central-1";

    private final S3StandIn s3 = new S3StandIn();
    private final S3FileStorage storage = storageFor(s3.endpoint(), S3StandIn.BUCKET);

    @AfterEach
    void stop() {
        storage.close();
        s3.close();
    }

    private static S3FileStorage storageFor(String endpoint, String bucket) {
        return new S3FileStorage(new S3Settings(endpoint, REGION, bucket, ACCESS_KEY, SECRET, true));
    }

    @Test
    void namesItselfS3AndTheConfiguredBucket() {
        assertThat(storage.provider()).isEqualTo("S3");
        assertThat(storage.bucket()).isEqualTo("smbhub-files");
    }

    @Test
    void storedBytesAreReadBackUnchangedWithTheirContentType() {
        byte[] content = new byte[70_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }

        storage.put("tenants/t-1/messages/m-1/scan.pdf", "application/pdf", content);

        assertThat(storage.get("tenants/t-1/messages/m-1/scan.pdf")).isEqualTo(content);
        assertThat(s3.object("tenants/t-1/messages/m-1/scan.pdf").contentType()).isEqualTo("application/pdf");
    }

    @Test
    void puttingAKeyAgainReplacesTheObject() {
        storage.put("a/note.txt", "text/plain", "first".getBytes(StandardCharsets.UTF_8));

        storage.put("a/note.txt", null, "second".getBytes(StandardCharsets.UTF_8));

        assertThat(new String(storage.get("a/note.txt"), StandardCharsets.UTF_8)).isEqualTo("second");
        assertThat(s3.object("a/note.txt").contentType()).isEqualTo("application/octet-stream");
    }

    @Test
    void putIsAPathStyleSigV4SignedPutObjectCarryingLengthTypeAndChecksums() {
        byte[] content = "%PDF-1.7 invoice".getBytes(StandardCharsets.UTF_8);

        storage.put("tenants/t-1/invoices/INV-000042.pdf", "application/pdf", content);

        s3.server().verify(1, putRequestedFor(urlEqualTo("/smbhub-files/tenants/t-1/invoices/INV-000042.pdf"))
                .withHeader("Authorization", matching("AWS4-HMAC-SHA256 Credential=" + ACCESS_KEY
                        + "/\\d{8}/" + REGION + "/s3/aws4_request, SignedHeaders=[a-z0-9;-]*, Signature=[0-9a-f]{64}"))
                .withHeader("Authorization", matching(".*SignedHeaders=[a-z0-9;-]*x-amz-content-sha256.*"))
                .withHeader("x-amz-date", matching("\\d{8}T\\d{6}Z"))
                .withHeader("x-amz-content-sha256", equalTo(S3StandIn.sha256Hex(content)))
                .withHeader("x-amz-checksum-sha256", equalTo(S3StandIn.sha256Base64(content)))
                .withHeader("Content-Type", equalTo("application/pdf"))
                .withHeader("Content-Length", equalTo(String.valueOf(content.length))));
    }

    @Test
    void getAndDeleteArePathStyleSigV4SignedRequests() {
        storage.put("k.txt", "text/plain", new byte[] {1});
        storage.get("k.txt");
        storage.delete("k.txt");

        String signature = "AWS4-HMAC-SHA256 Credential=" + ACCESS_KEY + "/\\d{8}/" + REGION + "/s3/aws4_request, .*";
        s3.server().verify(1, getRequestedFor(urlEqualTo("/smbhub-files/k.txt"))
                .withHeader("Authorization", matching(signature))
                .withHeader("x-amz-content-sha256", matching("[0-9a-f]{64}|UNSIGNED-PAYLOAD")));
        s3.server().verify(1, deleteRequestedFor(urlEqualTo("/smbhub-files/k.txt"))
                .withHeader("Authorization", matching(signature)));
    }

    @Test
    void readingAMissingKeyIsNotFoundNamingKeyAndBucket() {
        DomainException error = catchThrowableOfType(DomainException.class, () -> storage.get("tenants/t-1/none.pdf"));

        assertThat(error.code()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(error.getMessage()).contains("'tenants/t-1/none.pdf'").contains("'smbhub-files'");
        s3.server().verify(1, getRequestedFor(urlEqualTo("/smbhub-files/tenants/t-1/none.pdf")));
    }

    @Test
    void deleteRemovesTheObjectAndDeletingAMissingKeyIsFine() {
        storage.put("a/b.bin", null, new byte[] {1, 2});

        storage.delete("a/b.bin");
        storage.delete("a/b.bin");

        assertThat(s3.object("a/b.bin")).isNull();
        assertThatThrownBy(() -> storage.get("a/b.bin"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void aThrottledPutIsRetriedByTheSdkAndThenSucceeds() {
        s3.server().stubFor(WireMock.put(urlEqualTo("/smbhub-files/busy.bin")).atPriority(1)
                .inScenario("throttled").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("calm")
                .willReturn(S3StandIn.error(503, "SlowDown", "Please reduce your request rate.", "")));

        storage.put("busy.bin", "application/octet-stream", new byte[] {7, 7, 7});

        s3.server().verify(2, putRequestedFor(urlEqualTo("/smbhub-files/busy.bin")));
        assertThat(storage.get("busy.bin")).containsExactly(7, 7, 7);
    }

    @ParameterizedTest(name = "HTTP {0} {1} on every attempt")
    @CsvSource({"503, SlowDown, Please reduce your request rate.", "500, InternalError, We encountered an internal error."})
    void aServerErrorThatOutlastsTheSdkRetriesIsAProviderErrorWithoutSecrets(int status, String code, String text) {
        s3.server().stubFor(WireMock.any(urlEqualTo("/smbhub-files/down.bin")).atPriority(1)
                .willReturn(S3StandIn.error(status, code, text, "")));

        DomainException error = catchThrowableOfType(DomainException.class,
                () -> storage.put("down.bin", "application/octet-stream", new byte[] {1}));

        assertThat(error.code()).isEqualTo(ErrorCode.PROVIDER_ERROR);
        assertThat(error.getMessage()).contains("'smbhub-files'", "'down.bin'", code, "HTTP " + status, "3 attempts")
                .doesNotContain(SECRET);
        s3.server().verify(3, putRequestedFor(urlEqualTo("/smbhub-files/down.bin")));
    }

    @Test
    void refusedCredentialsAreAProviderErrorPointingAtTheKeysWithoutRetryingOrLeakingThem() {
        s3.server().stubFor(WireMock.any(anyUrl()).atPriority(1).willReturn(S3StandIn.error(403,
                "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.",
                "<AWSAccessKeyId>" + ACCESS_KEY + "</AWSAccessKeyId>")));

        DomainException error = catchThrowableOfType(DomainException.class, () -> storage.get("a.pdf"));

        assertThat(error.code()).isEqualTo(ErrorCode.PROVIDER_ERROR);
        assertThat(error.getMessage()).contains("SignatureDoesNotMatch", "HTTP 403", "S3_SECRET_ACCESS_KEY")
                .doesNotContain(SECRET);
        s3.server().verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void aMissingBucketIsAProviderErrorNotAMissingObject() {
        try (S3FileStorage elsewhere = storageFor(s3.endpoint(), "no-such-bucket")) {
            DomainException error = catchThrowableOfType(DomainException.class, () -> elsewhere.get("a.pdf"));

            assertThat(error.code()).isEqualTo(ErrorCode.PROVIDER_ERROR);
            assertThat(error.getMessage()).contains("NoSuchBucket", "'no-such-bucket'");
        }
    }

    @Test
    void anUnreachableEndpointIsAProviderError() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (S3FileStorage unreachable = storageFor("http://127.0.0.1:" + closedPort, "b")) {
            DomainException error = catchThrowableOfType(DomainException.class,
                    () -> unreachable.put("a.pdf", "application/pdf", new byte[] {1}));

            assertThat(error.code()).isEqualTo(ErrorCode.PROVIDER_ERROR);
            assertThat(error.getMessage()).contains("'a.pdf'", "'b'", "S3_ENDPOINT").doesNotContain(SECRET);
        }
    }

    @ParameterizedTest(name = "key \"{0}\" is refused")
    @ValueSource(strings = {"../x", "/abs.pdf", "a//b", "a/", "", "a b", "a/./b", "ä.pdf", "a?b=c"})
    void keysOutsideTheRuleAreRefusedBeforeAnyRequest(String key) {
        for (Runnable operation : List.<Runnable>of(
                () -> storage.put(key, "text/plain", new byte[] {1}),
                () -> storage.get(key),
                () -> storage.delete(key))) {
            DomainException error = catchThrowableOfType(DomainException.class, operation::run);
            assertThat(error).as("operation on key %s", key).isNotNull();
            assertThat(error.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
            assertThat(error.details()).extracting(FieldError::field).containsExactly("key");
        }
        s3.server().verify(0, anyRequestedFor(anyUrl()));
    }
}
