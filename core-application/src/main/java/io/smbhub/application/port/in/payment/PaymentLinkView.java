package io.smbhub.application.port.in.payment;

import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.Money;

import java.time.Instant;

/**
 * A payment link of an invoice: the customer-facing checkout {@code url}, the {@code amount} it collects
 * (invoice currency), when it expires (UTC), and whether an existing link was {@code reused}.
 */
public record PaymentLinkView(InvoiceId invoiceId, String url, Money amount, Instant expiresAt, boolean reused) {
}
