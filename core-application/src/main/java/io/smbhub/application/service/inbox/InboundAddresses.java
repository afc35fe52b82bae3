package io.smbhub.application.service.inbox;

import io.smbhub.application.port.out.MailAddresses;
import io.smbhub.domain.shared.TenantId;

import java.math.BigInteger;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Each tenant's inbound address (issue 5 "Each tenant has its own inbound address"): the plus-address of the platform
 * inbound mailbox, {@code <local>+<key>@<domain>}, where {@code key} is the tenant id in 26 lower-case Crockford
 * base-32 characters (e.g. {@code inbox+01jd3kq8m2x7c5v0t9r4ye6wbn@in.example.com}). The address needs no storage
 * and no lookup table, every mail host delivers plus-addresses to the base mailbox, and {@link #route} recovers the
 * tenant from any recipient list.
 */
public final class InboundAddresses {

    private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

    private final MailAddresses mail;

    public InboundAddresses(MailAddresses mail) {
        this.mail = mail;
    }

    /** The tenant's inbound address. */
    public String of(TenantId tenant) {
        String base = mail.inboundBase();
        int at = base.indexOf('@');
        return base.substring(0, at) + "+" + key(tenant.value()) + base.substring(at);
    }

    /** The domain of the inbound mailbox, used for our own {@code Message-ID}s. */
    public String domain() {
        String base = mail.inboundBase();
        return base.substring(base.indexOf('@') + 1);
    }

    /**
     * The tenant of the first recipient that is a tenant inbound address of this platform (case-insensitive; a
     * display name or angle brackets around the address are ignored), or empty.
     */
    public Optional<TenantId> route(Collection<String> recipients) {
        String base = mail.inboundBase();
        int at = base.indexOf('@');
        String local = base.substring(0, at);
        String domain = base.substring(at + 1);
        for (String raw : recipients) {
            if (raw == null) {
                continue;
            }
            String address = bare(raw);
            int a = address.lastIndexOf('@');
            int plus = address.indexOf('+');
            if (a < 0 || plus < 0 || plus > a || !address.substring(a + 1).equals(domain)
                    || !address.substring(0, plus).equals(local)) {
                continue;
            }
            Optional<UUID> id = parseKey(address.substring(plus + 1, a));
            if (id.isPresent()) {
                return Optional.of(new TenantId(id.get()));
            }
        }
        return Optional.empty();
    }

    /** 26 Crockford base-32 characters of the 128 bits of {@code id}. */
    static String key(UUID id) {
        BigInteger value = new BigInteger(1, toBytes(id));
        char[] out = new char[26];
        for (int i = 25; i >= 0; i--) {
            out[i] = ALPHABET.charAt(value.intValue() & 31);
            value = value.shiftRight(5);
        }
        return new String(out);
    }

    /** The id in a key, or empty when it is not one (wrong length or characters). */
    static Optional<UUID> parseKey(String key) {
        if (key.length() != 26) {
            return Optional.empty();
        }
        BigInteger value = BigInteger.ZERO;
        for (char c : key.toLowerCase(Locale.ROOT).toCharArray()) {
            int digit = ALPHABET.indexOf(c);
            if (digit < 0) {
                return Optional.empty();
            }
            value = value.shiftLeft(5).or(BigInteger.valueOf(digit));
        }
        if (value.bitLength() > 128) {
            return Optional.empty();
        }
        return Optional.of(new UUID(value.shiftRight(64).longValue(), value.longValue()));
    }

    private static String bare(String raw) {
        String s = raw.strip();
        int open = s.lastIndexOf('<');
        int close = s.lastIndexOf('>');
        if (open >= 0 && close > open) {
            s = s.substring(open + 1, close);
        }
        return s.strip().toLowerCase(Locale.ROOT);
    }

    private static byte[] toBytes(UUID id) {
        return java.nio.ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }
}
