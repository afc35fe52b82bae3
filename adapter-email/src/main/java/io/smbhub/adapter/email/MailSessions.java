package io.smbhub.adapter.email;

import java.util.Properties;

/** Jakarta Mail session properties shared by the SMTP sender and the IMAP poller: timeouts, TLS, trust. */
final class MailSessions {

    /** How a connection is protected, independent of the protocol. */
    enum Tls { NONE, STARTTLS, IMPLICIT }

    private MailSessions() {
    }

    /**
     * Properties for {@code protocol} ({@code smtp} or {@code imap}) to {@code host}: timeouts in milliseconds,
     * implicit TLS or required STARTTLS, server-identity checks on unless the host is trusted by {@code options}.
     */
    static Properties properties(String protocol, String host, Tls tls, MailTransportOptions options) {
        String prefix = "mail." + protocol + ".";
        Properties props = new Properties();
        props.setProperty(prefix + "connectiontimeout", Long.toString(options.connectTimeout().toMillis()));
        props.setProperty(prefix + "timeout", Long.toString(options.readTimeout().toMillis()));
        props.setProperty(prefix + "writetimeout", Long.toString(options.writeTimeout().toMillis()));
        switch (tls) {
            case IMPLICIT -> props.setProperty(prefix + "ssl.enable", "true");
            case STARTTLS -> {
                props.setProperty(prefix + "starttls.enable", "true");
                props.setProperty(prefix + "starttls.required", "true");
            }
            case NONE -> { }
        }
        if (options.trusts(host)) {
            props.setProperty(prefix + "ssl.trust", host);
            props.setProperty(prefix + "ssl.checkserveridentity", "false");
        } else {
            props.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        return props;
    }
}
