package io.smbhub.application.service.payment;

import io.smbhub.application.port.out.PaymentRepository;
import io.smbhub.domain.invoice.Invoice;
import io.smbhub.domain.payment.Payment;
import io.smbhub.domain.shared.Money;

import java.time.Instant;

/**
 * Recomputes an invoice's amount paid from its payments (spec smb-hub-prd.md 12.5 "update invoice aggregates"):
 * the sum of every payment's {@link Payment#netAmount()} (captured minus refunded), so replays and out-of-order
 * provider events always land on the same figures. Call with the invoice locked and the payments saved.
 */
public final class InvoiceSettlement {

    private final PaymentRepository payments;

    public InvoiceSettlement(PaymentRepository payments) {
        this.payments = payments;
    }

    /** Settles {@code invoice} (see {@link Invoice#settlePayments}); true when its amount paid changed. */
    public boolean settle(Invoice invoice, Instant at) {
        Money net = Money.zero(invoice.details().currency());
        for (Payment payment : payments.listByInvoice(invoice.tenantId(), invoice.id())) {
            if (payment.amount().currency().equals(net.currency())) {
                net = net.plus(payment.netAmount());
            }
        }
        return invoice.settlePayments(net, at);
    }
}
