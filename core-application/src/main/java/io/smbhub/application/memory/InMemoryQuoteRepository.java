package io.smbhub.application.memory;

import io.smbhub.application.port.out.QuoteRepository;
import io.smbhub.domain.quote.Quote;
import io.smbhub.domain.shared.QuoteId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.TenantId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** {@link QuoteRepository} in memory, for tests and embedders; quote numbers unique per tenant. */
public final class InMemoryQuoteRepository implements QuoteRepository {

    private final InMemoryTable<Quote> table;

    public InMemoryQuoteRepository(InMemoryTransactionRunner tx) {
        table = new InMemoryTable<>(tx, "Quote", (q, v) -> Quote.rehydrate(q.id(), q.tenantId(), q.number(), q.status(),
                q.details(), q.workItemId().orElse(null), q.convertedInvoiceId().orElse(null), q.rejectionReason().orElse(null),
                q.sentAt().orElse(null), q.createdBy(), q.createdAt(), q.updatedAt(), v));
    }

    @Override
    public Optional<Quote> findById(TenantId tenant, QuoteId id) {
        return table.find(tenant.value(), id.value());
    }

    @Override
    public long save(Quote quote) {
        if (quote.version() == 0 && table.all(quote.tenantId().value()).stream().anyMatch(q -> q.number().equals(quote.number()))) {
            throw new DomainException(ErrorCode.CONFLICT, "Quote number " + quote.number() + " is already used");
        }
        return table.save(quote.tenantId().value(), quote.id().value(), quote, quote.version(), Quote::version);
    }

    @Override
    public List<Quote> list(TenantId tenant, Filter f, UUID afterId, int limit) {
        return table.list(tenant.value(), q -> (f.status() == null || q.status() == f.status())
                && (f.contactId() == null || Objects.equals(q.details().contactId(), f.contactId())),
                q -> q.id().value(), afterId, limit);
    }
}
