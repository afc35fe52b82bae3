package io.smbhub.application.port.in.payment;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.Page;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.PaymentId;
import io.smbhub.domain.payment.PaymentStatus;

/** Reads of payments (spec smb-hub-prd.md 2.3 "Payments"). Errors: {@code FORBIDDEN}, {@code NOT_FOUND}. */
public interface PaymentQueries {

    /** Filters for {@link #list}; all optional. */
    record ListQuery(InvoiceId invoiceId, PaymentStatus status, PageRequest page) {
    }

    PaymentView get(Actor actor, PaymentId id);

    Page<PaymentView> list(Actor actor, ListQuery query);
}
