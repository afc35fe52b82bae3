package io.smbhub.application.port.in.quote;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.Page;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.QuoteId;
import io.smbhub.domain.quote.QuoteStatus;

/** Reads of quotes; an AGENT sees drafts only. Errors: {@code FORBIDDEN}, {@code NOT_FOUND}. */
public interface QuoteQueries {

    /** Filters for {@link #list}; all optional. */
    record ListQuery(QuoteStatus status, ContactId contactId, PageRequest page) {
    }

    QuoteView get(Actor actor, QuoteId id);

    Page<QuoteView> list(Actor actor, ListQuery query);
}
