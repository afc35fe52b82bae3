package io.smbhub.adapter.email;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How {@link SmtpEmailSender} and {@link ImapMailboxPoller} talk to a mail server (issue 5): socket timeouts and the
 * hosts whose TLS certificate is accepted without verification.
 *
 * <ul>
 *   <li>{@code connectTimeout}: how long to wait for the TCP connection (default 10 s).</li>
 *   <li>{@code readTimeout}, {@code writeTimeout}: how long one read or write on the open connection may block
 *       (default 30 s each).</li>
 *   <li>{@code trustedHosts}: host names (case-insensitive; {@code "*"} means every host) whose certificate is
 *       trusted as presented, without chain or host-name verification — for self-signed test or in-house
 *       servers only. Every other host gets full certificate and server-identity checks. Empty by default.</li>
 * </ul>
 */
public record MailTransportOptions(Duration connectTimeout, Duration readTimeout, Duration writeTimeout,
                                   Set<String> trustedHosts) {

    /** 10 s to connect, 30 s per read and write, no trusted hosts. */
    public static final MailTransportOptions DEFAULTS = new MailTransportOptions(Duration.ofSeconds(10),
            Duration.ofSeconds(30), Duration.ofSeconds(30), Set.of());

    /**
     * @throws NullPointerException     when a timeout is null
     * @throws IllegalArgumentException when a timeout is zero or negative
     */
    public MailTransportOptions {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        requirePositive(writeTimeout, "writeTimeout");
        trustedHosts = trustedHosts == null ? Set.of() : trustedHosts.stream()
                .map(host -> host.trim().toLowerCase(Locale.ROOT))
                .filter(host -> !host.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** These options with {@code hosts} as the trusted hosts (see the type's Javadoc). */
    public MailTransportOptions withTrustedHosts(String... hosts) {
        return new MailTransportOptions(connectTimeout, readTimeout, writeTimeout, Set.copyOf(Arrays.asList(hosts)));
    }

    /** Whether {@code host}'s certificate is accepted without verification. */
    boolean trusts(String host) {
        return trustedHosts.contains("*") || trustedHosts.contains(host.toLowerCase(Locale.ROOT));
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
