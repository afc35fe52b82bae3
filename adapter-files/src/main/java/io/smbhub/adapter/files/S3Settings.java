package io.smbhub.adapter.files;

import java.net.URI;
import java.util.Objects;

/**
 * Connection settings of {@link S3FileStorage} for any S3-compatible service (AWS S3, Cloudflare R2, MinIO…), read by
 * bootstrap from {@code S3_ENDPOINT}, {@code S3_REGION}, {@code S3_BUCKET}, {@code S3_ACCESS_KEY_ID},
 * {@code S3_SECRET_ACCESS_KEY} and {@code S3_PATH_STYLE} (spec smb-hub-prd.md 2.1 File, issue 5).
 *
 * @param endpoint        base URL of the service, e.g. {@code https://<account>.r2.cloudflarestorage.com} or
 *                        {@code http://localhost:9000}; {@code null} or blank for AWS S3's own regional endpoint
 * @param region          signing region, e.g. {@code eu-central-1}; {@code auto} for Cloudflare R2
 * @param bucket          the bucket name all objects go to (must already exist)
 * @param accessKeyId     the access key id (sent in request signatures, never logged with the secret)
 * @param secretAccessKey the secret access key; left out of {@link #toString()}
 * @param pathStyle       {@code true} for path-style URLs ({@code <endpoint>/<bucket>/<key>}, usual for MinIO),
 *                        {@code false} for virtual-hosted URLs ({@code <bucket>.<host>/<key>})
 */
public record S3Settings(String endpoint, String region, String bucket, String accessKeyId, String secretAccessKey,
                         boolean pathStyle) {

    /**
     * Strips the values and turns a blank endpoint into {@code null}.
     *
     * @throws IllegalArgumentException naming the environment variable when a required value is blank or the
     *                                  endpoint is not an http(s) URL with a host
     */
    public S3Settings {
        endpoint = endpoint == null || endpoint.isBlank() ? null : endpoint.strip();
        region = required(region, "S3 region (S3_REGION)");
        bucket = required(bucket, "S3 bucket (S3_BUCKET)");
        accessKeyId = required(accessKeyId, "S3 access key id (S3_ACCESS_KEY_ID)");
        secretAccessKey = required(secretAccessKey, "S3 secret access key (S3_SECRET_ACCESS_KEY)");
        if (endpoint != null) {
            URI uri;
            try {
                uri = URI.create(endpoint);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("S3 endpoint (S3_ENDPOINT) '" + endpoint + "' is not a URL", e);
            }
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("S3 endpoint (S3_ENDPOINT) '" + endpoint
                        + "' must be an http:// or https:// URL with a host");
            }
        }
    }

    /** The endpoint as a URI, or {@code null} for AWS S3's default endpoint. */
    public URI endpointUri() {
        return endpoint == null ? null : URI.create(endpoint);
    }

    /** All settings except the secret access key, which shows as {@code ***}. */
    @Override
    public String toString() {
        return "S3Settings[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", accessKeyId="
                + accessKeyId + ", secretAccessKey=***, pathStyle=" + pathStyle + "]";
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is not set");
        }
        return value.strip();
    }
}
