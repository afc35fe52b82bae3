package io.smbhub.adapter.files;

import io.smbhub.application.port.out.FileStorage;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;

/**
 * {@link FileStorage} on an S3-compatible object store (AWS S3, Cloudflare R2, MinIO…) through the AWS SDK for Java
 * v2 with its JDK-based HTTP client (spec smb-hub-prd.md 2.1 File, issue 5). Object {@code key} is stored as
 * {@code s3://<bucket>/<key>} with the given content type, its length, and an {@code x-amz-checksum-sha256} header the
 * service verifies against the bytes it receives. Requests are SigV4-signed; keys follow the port's rule (checked
 * before any request).
 *
 * <p>Resilience is the SDK's own: the standard retry mode (3 attempts in all, exponential backoff with jitter, longer
 * for throttling such as {@code SlowDown}, a client-wide retry budget), a 5 s connect timeout, a 30 s socket timeout
 * and a 60 s limit per attempt. Payloads are sent in one piece (no {@code aws-chunked} encoding) and checksums are
 * only computed where S3 requires them, which keeps the adapter compatible with S3 look-alikes.
 *
 * <p>Errors: {@code VALIDATION_ERROR} (field {@code key}) for a key outside the port's rule; {@code NOT_FOUND} from
 * {@link #get} when the bucket has no such key; {@code PROVIDER_ERROR} for everything else the SDK reports (refusals,
 * throttling that outlasts the retries, unreachable endpoint, a missing bucket), naming bucket, key, the S3 error code
 * and HTTP status, never credentials. Thread-safe; {@link #close()} releases the HTTP client.
 */
public final class S3FileStorage implements FileStorage, AutoCloseable {

    /** The value of {@link #provider()}. */
    public static final String PROVIDER = "S3";

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(60);

    private final S3Client client;
    private final String bucket;

    /**
     * Builds an S3 client for {@code settings}. No request is made until the first put, get or delete, so a wrong
     * endpoint or credentials surface there as {@code PROVIDER_ERROR}.
     *
     * @param settings endpoint, region, bucket, static credentials and URL style
     */
    public S3FileStorage(S3Settings settings) {
        Objects.requireNonNull(settings, "settings");
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(settings.accessKeyId(), settings.secretAccessKey())))
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(SOCKET_TIMEOUT))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(RetryMode.STANDARD)
                        .apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
                        .build())
                .serviceConfiguration(S3Configuration.builder()
                        .pathStyleAccessEnabled(settings.pathStyle())
                        .chunkedEncodingEnabled(false)
                        .build())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpointUri() != null) {
            builder.endpointOverride(settings.endpointUri());
        }
        this.client = builder.build();
        this.bucket = settings.bucket();
    }

    /** Always {@value #PROVIDER}. */
    @Override
    public String provider() {
        return PROVIDER;
    }

    /** The configured bucket name. */
    @Override
    public String bucket() {
        return bucket;
    }

    /**
     * Stores {@code content} under {@code key} with a PutObject request (replacing any previous object).
     *
     * @param key         a relative path of {@code [A-Za-z0-9._-]} segments separated by '/'
     * @param contentType the MIME type S3 serves the object with; {@code application/octet-stream} when null or blank
     * @param content     the bytes; sent with their length and SHA-256 checksum
     * @throws DomainException {@code VALIDATION_ERROR} for a bad key, {@code PROVIDER_ERROR} when S3 refuses or
     *                         cannot be reached after the SDK's retries
     */
    @Override
    public void put(String key, String contentType, byte[] content) {
        ObjectKeys.requireValid(key);
        Objects.requireNonNull(content, "content");
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        try {
            client.putObject(request -> request
                            .bucket(bucket)
                            .key(key)
                            .contentType(type)
                            .contentLength((long) content.length)
                            .checksumSHA256(sha256Base64(content)),
                    RequestBody.fromBytes(content));
        } catch (SdkException e) {
            throw providerError("store", key, e);
        }
    }

    /**
     * The bytes of {@code key}, read with a GetObject request.
     *
     * @throws DomainException {@code VALIDATION_ERROR} for a bad key, {@code NOT_FOUND} when the bucket has no such
     *                         key, {@code PROVIDER_ERROR} when S3 refuses or cannot be reached after the SDK's retries
     */
    @Override
    public byte[] get(String key) {
        ObjectKeys.requireValid(key);
        try {
            return client.getObjectAsBytes(request -> request.bucket(bucket).key(key)).asByteArray();
        } catch (NoSuchKeyException e) {
            throw notFound(key, e);
        } catch (AwsServiceException e) {
            if (e.statusCode() == 404 && !"NoSuchBucket".equals(errorCode(e))) {
                throw notFound(key, e);
            }
            throw providerError("read", key, e);
        } catch (SdkException e) {
            throw providerError("read", key, e);
        }
    }

    /**
     * Removes {@code key} with a DeleteObject request; S3 answers success for a missing key too.
     *
     * @throws DomainException {@code VALIDATION_ERROR} for a bad key, {@code PROVIDER_ERROR} when S3 refuses or
     *                         cannot be reached after the SDK's retries
     */
    @Override
    public void delete(String key) {
        ObjectKeys.requireValid(key);
        try {
            client.deleteObject(request -> request.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw providerError("delete", key, e);
        }
    }

    /** Closes the underlying S3 client and its HTTP connections. */
    @Override
    public void close() {
        client.close();
    }

    private DomainException notFound(String key, SdkException cause) {
        DomainException error = new DomainException(ErrorCode.NOT_FOUND, "No object is stored under key '" + key
                + "' in S3 bucket '" + bucket + "'; it may have been deleted or never uploaded");
        error.initCause(cause);
        return error;
    }

    private DomainException providerError(String verb, String key, SdkException e) {
        String message;
        if (e instanceof AwsServiceException service) {
            String code = errorCode(service);
            String hint = switch (service.statusCode()) {
                case 401, 403 -> "check S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY and the key's permissions on the bucket";
                case 404 -> "check that bucket '" + bucket + "' exists (S3_BUCKET) and S3_ENDPOINT / S3_PATH_STYLE";
                default -> "retry later";
            };
            message = "S3 bucket '" + bucket + "' refused to " + verb + " object '" + key + "': "
                    + (code == null ? "no error code" : code) + " (HTTP " + service.statusCode() + ")"
                    + afterAttempts(service) + "; " + hint;
        } else {
            message = "Could not " + verb + " object '" + key + "' in S3 bucket '" + bucket + "': "
                    + e.getClass().getSimpleName() + afterAttempts(e)
                    + "; check S3_ENDPOINT, S3_REGION and the network, then retry";
        }
        DomainException error = new DomainException(ErrorCode.PROVIDER_ERROR, message);
        error.initCause(e);
        return error;
    }

    private static String afterAttempts(SdkException e) {
        Integer attempts = e.numAttempts();
        return attempts != null && attempts > 1 ? " after " + attempts + " attempts" : "";
    }

    private static String errorCode(AwsServiceException e) {
        return e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
    }

    private static String sha256Base64(byte[] content) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK provides SHA-256", e);
        }
    }
}
