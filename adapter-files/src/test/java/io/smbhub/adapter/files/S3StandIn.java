package io.smbhub.adapter.files;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A local stand-in for one S3 bucket that speaks S3's REST protocol with path-style URLs, on WireMock, holding objects
 * in memory so a put is read back by a get:
 * <ul>
 *   <li>{@code PUT /<bucket>/<key>}: stores the body and {@code Content-Type}; answers 200 with the body's MD5 as
 *       {@code ETag} (as S3 does for single-part uploads). A body whose SHA-256 differs from
 *       {@code x-amz-checksum-sha256} gets 400 {@code BadDigest}; one differing from a hex {@code x-amz-content-sha256}
 *       gets 400 {@code XAmzContentSHA256Mismatch}.</li>
 *   <li>{@code GET /<bucket>/<key>}: 200 with body, {@code Content-Type}, {@code Content-Length}, {@code ETag},
 *       {@code Last-Modified}; a missing key gets 404 {@code NoSuchKey} with S3's XML error body.</li>
 *   <li>{@code DELETE /<bucket>/<key>}: 204, whether or not the key existed.</li>
 *   <li>Another bucket gets 404 {@code NoSuchBucket}; a request without a SigV4 {@code Authorization} header gets 403
 *       {@code AccessDenied}.</li>
 * </ul>
 * Faults are ordinary WireMock stubs at a higher priority ({@link #server()}); every request is in WireMock's journal
 * for {@code verify}.
 */
final class S3StandIn implements AutoCloseable {

    static final String BUCKET = "smbhub-files";
    private static final String TRANSFORMER = "s3-stand-in";

    /** One stored object. */
    record StoredObject(byte[] content, String contentType, String etag) {
    }

    private final Map<String, StoredObject> objects = new ConcurrentHashMap<>();
    private final WireMockServer server;

    S3StandIn() {
        server = new WireMockServer(WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .gzipDisabled(true)
                .notifier(new ConsoleNotifier(false))
                .extensions(new Behaviour()));
        server.start();
        server.stubFor(WireMock.any(WireMock.anyUrl()).atPriority(10)
                .willReturn(WireMock.aResponse().withTransformers(TRANSFORMER)));
    }

    /** {@code http://127.0.0.1:<port>}, for {@link S3Settings#endpoint()}. */
    String endpoint() {
        return "http://127.0.0.1:" + server.port();
    }

    WireMockServer server() {
        return server;
    }

    /** The object stored under {@code key}, or null. */
    StoredObject object(String key) {
        return objects.get(key);
    }

    /** The S3 XML error document, as S3 sends it. */
    static String errorXml(String code, String message, String resource) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + message
                + "</Message>" + resource + "<RequestId>" + requestId() + "</RequestId>"
                + "<HostId>c3RhbmQtaW4=</HostId></Error>";
    }

    static ResponseDefinitionBuilder error(int status, String code, String message, String resource) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                .withHeader("Content-Type", "application/xml")
                .withHeader("x-amz-request-id", requestId())
                .withBody(errorXml(code, message, resource));
    }

    static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest("SHA-256", bytes));
    }

    static String sha256Base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(digest("SHA-256", bytes));
    }

    @Override
    public void close() {
        server.stop();
    }

    private static String requestId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
    }

    private static byte[] digest(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private final class Behaviour implements ResponseDefinitionTransformerV2 {

        @Override
        public String getName() {
            return TRANSFORMER;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            return answer(serveEvent.getRequest()).build();
        }

        private ResponseDefinitionBuilder answer(Request request) {
            String path = request.getUrl();
            int query = path.indexOf('?');
            if (query >= 0) {
                path = path.substring(0, query);
            }
            String[] parts = path.substring(1).split("/", 2);
            String bucket = parts[0];
            String key = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
            String authorization = request.getHeader("Authorization");
            if (authorization == null || !authorization.startsWith("AWS4-HMAC-SHA256 Credential=")) {
                return error(403, "AccessDenied", "Access Denied", "");
            }
            if (!BUCKET.equals(bucket)) {
                return error(404, "NoSuchBucket", "The specified bucket does not exist.",
                        "<BucketName>" + bucket + "</BucketName>");
            }
            return switch (request.getMethod().getName()) {
                case "PUT" -> put(key, request);
                case "GET" -> get(key);
                case "DELETE" -> {
                    objects.remove(key);
                    yield ResponseDefinitionBuilder.responseDefinition().withStatus(204)
                            .withHeader("x-amz-request-id", requestId());
                }
                default -> error(405, "MethodNotAllowed", "The specified method is not allowed against this resource.",
                        "<Method>" + request.getMethod().getName() + "</Method><ResourceType>OBJECT</ResourceType>");
            };
        }

        private ResponseDefinitionBuilder put(String key, Request request) {
            byte[] body = request.getBody();
            String contentSha = request.getHeader("x-amz-content-sha256");
            if (contentSha != null && contentSha.matches("[0-9a-f]{64}") && !contentSha.equals(sha256Hex(body))) {
                return error(400, "XAmzContentSHA256Mismatch",
                        "The provided 'x-amz-content-sha256' header does not match what was computed.", "");
            }
            String checksum = request.getHeader("x-amz-checksum-sha256");
            if (checksum != null && !checksum.equals(sha256Base64(body))) {
                return error(400, "BadDigest", "The SHA256 you specified did not match the calculated checksum.", "");
            }
            String etag = "\"" + HexFormat.of().formatHex(digest("MD5", body)) + "\"";
            String contentType = request.getHeader("Content-Type");
            objects.put(key, new StoredObject(body, contentType == null ? "binary/octet-stream" : contentType, etag));
            ResponseDefinitionBuilder response = ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                    .withHeader("ETag", etag)
                    .withHeader("x-amz-request-id", requestId());
            if (checksum != null) {
                response = response.withHeader("x-amz-checksum-sha256", checksum);
            }
            return response;
        }

        private ResponseDefinitionBuilder get(String key) {
            StoredObject object = objects.get(key);
            if (object == null) {
                return error(404, "NoSuchKey", "The specified key does not exist.", "<Key>" + key + "</Key>");
            }
            return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                    .withHeader("Content-Type", object.contentType())
                    .withHeader("Content-Length", String.valueOf(object.content().length))
                    .withHeader("ETag", object.etag())
                    .withHeader("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME
                            .format(ZonedDateTime.now(ZoneOffset.UTC)))
                    .withHeader("x-amz-request-id", requestId())
                    .withBody(object.content());
        }
    }
}
