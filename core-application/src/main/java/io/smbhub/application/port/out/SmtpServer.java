package io.smbhub.application.port.out;

import java.util.Objects;

/**
 * An SMTP server to send through (issue 5; enterprise-business-os.md feature 17 "Custom SMTP"): the platform's
 * own ({@code SMTP_HOST} …) or a tenant's white-label server. {@code password} is plain text here only in memory;
 * it is stored sealed. {@code fromAddress} is the sender address this server may send as (null: the platform's
 * {@code MAIL_FROM}).
 *
 * <p>{@code security}: {@code NONE} (plain, only for local relays), {@code STARTTLS} (upgrade required, usually
 * port 587) or {@code TLS} (implicit TLS, usually port 465). Username and password are both null when the server
 * needs no authentication.
 */
public record SmtpServer(String host, int port, Security security, String username, String password, String fromAddress) {

    /** How the connection is protected. */
    public enum Security { NONE, STARTTLS, TLS }

    public SmtpServer {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535");
        }
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "SmtpServer[" + host + ":" + port + ", " + security + ", user=" + username + ", from=" + fromAddress + "]";
    }
}
