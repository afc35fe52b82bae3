package io.smbhub.application.port.out;

/**
 * The platform's mail addresses, configured by the operator (issue 5):
 * <ul>
 *   <li>{@link #inboundBase()}: the inbound mailbox ({@code INBOUND_EMAIL_ADDRESS}, e.g. {@code inbox@in.example.com}).
 *       Each tenant's own address is its plus-address {@code inbox+<tenant key>@in.example.com}, which mail hosts
 *       deliver to the base mailbox (IMAP polling) or an inbound-parse provider posts to {@code /v1/inbound/email}.</li>
 *   <li>{@link #defaultFrom()}: the address platform mail is sent from ({@code MAIL_FROM}), used unless a tenant has
 *       its own SMTP server.</li>
 * </ul>
 * Both lower-case bare addresses.
 */
public interface MailAddresses {

    String inboundBase();

    String defaultFrom();

    /** Fixed addresses (configuration, tests). */
    static MailAddresses of(String inboundBase, String defaultFrom) {
        String inbound = inboundBase.strip().toLowerCase(java.util.Locale.ROOT);
        String from = defaultFrom.strip().toLowerCase(java.util.Locale.ROOT);
        return new MailAddresses() {
            @Override
            public String inboundBase() {
                return inbound;
            }

            @Override
            public String defaultFrom() {
                return from;
            }
        };
    }
}
