package io.smbhub.application.port.in.invoice;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.Page;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.invoice.InvoiceStatus;

/** Reads of invoices; an AGENT sees drafts only. Errors: {@code FORBIDDEN}, {@code NOT_FOUND}. */
public interface InvoiceQueries {

    /** Filters for {@link #list}; all optional; {@code overdueOnly} keeps invoices overdue today. */
    record ListQuery(InvoiceStatus status, boolean overdueOnly, ContactId contactId, PageRequest page) {
    }

    InvoiceView get(Actor actor, InvoiceId id);

    Page<InvoiceView> list(Actor actor, ListQuery query);
}
