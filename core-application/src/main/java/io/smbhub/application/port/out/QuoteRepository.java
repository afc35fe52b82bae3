package io.smbhub.application.port.out;

import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.quote.Quote;
import io.smbhub.domain.shared.QuoteId;
import io.smbhub.domain.quote.QuoteStatus;
import io.smbhub.domain.shared.TenantId;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Quotes of a tenant; every method is tenant-scoped. Quote numbers are unique per tenant. */
public interface QuoteRepository {

    /** List filter; every part optional. */
    record Filter(QuoteStatus status, ContactId contactId) {
    }

    Optional<Quote> findById(TenantId tenant, QuoteId id);

    /** Insert or optimistic update, as {@link ContactRepository#save}. Errors: {@code CONFLICT}. */
    long save(Quote quote);

    /** Newest first, ids strictly below {@code afterId} when given, at most {@code limit}. */
    List<Quote> list(TenantId tenant, Filter filter, UUID afterId, int limit);
}
