package io.smbhub.adapter.stripe;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Signs webhook payloads exactly as Stripe does: header {@code Stripe-Signature: t=<epochSeconds>,v1=<hex>} where
 * {@code <hex>} is the lower-case HMAC-SHA256, keyed with the endpoint secret ({@code whsec_…}, used as UTF-8 bytes
 * as is), of {@code "<epochSeconds>.<payload>"}. Test support, shipped in the test-jar.
 */
public final class StripeSignatures {

    /** The HTTP header Stripe puts the signature in. */
    public static final String HEADER = "Stripe-Signature";

    private StripeSignatures() {
    }

    /** The {@code Stripe-Signature} value for {@code payload} signed with {@code secret} at {@code epochSeconds}. */
    public static String sign(String payload, String secret, long epochSeconds) {
        return "t=" + epochSeconds + ",v1=" + hmacHex(epochSeconds + "." + payload, secret);
    }

    static String hmacHex(String message, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
