package io.smbhub.application.service.quote;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.ConversionResult;
import io.smbhub.application.port.in.invoice.InvoiceView;
import io.smbhub.application.port.in.quote.ConvertQuoteToInvoiceUseCase;
import io.smbhub.application.port.in.quote.QuoteView;
import io.smbhub.application.port.out.QuoteRepository;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.service.support.Access;
import io.smbhub.application.service.support.QuoteActions;
import io.smbhub.domain.profile.Capability;
import io.smbhub.application.service.support.TenantContext;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.application.service.support.Documents;
import io.smbhub.domain.invoice.InvoiceDetails;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.quote.Quote;
import io.smbhub.domain.quote.QuoteDetails;
import io.smbhub.domain.shared.QuoteId;
import io.smbhub.domain.tenant.Permission;
import io.smbhub.domain.workitem.ConversionTarget;

import java.time.LocalDate;
import java.util.List;

/**
 * APPROVED quote → DRAFT invoice (spec smb-hub-prd.md 12.2 B "APPROVED → CONVERTED"). The quote's
 * version-checked save makes concurrent conversions safe; a CONVERTED quote answers with its invoice.
 */
public final class QuoteConversionService implements ConvertQuoteToInvoiceUseCase {

    private final QuoteRepository quotes;
    private final QuoteService quoteService;
    private final Documents documents;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final Auditor auditor;

    public QuoteConversionService(QuoteRepository quotes, QuoteService quoteService, Documents documents,
                                  TransactionRunner tx, TimeSource clock, Auditor auditor) {
        this.quotes = quotes;
        this.quoteService = quoteService;
        this.documents = documents;
        this.tx = tx;
        this.clock = clock;
        this.auditor = auditor;
    }

    @Override
    public ConversionResult convert(Actor actor, QuoteId id) {
        Access.require(actor, Permission.DOCUMENTS_DRAFT);
        return tx.inTenant(actor.tenantId(), () -> {
            TenantContext ctx = documents.context(actor, Capability.QUOTES);
            Quote quote = quoteService.load(actor, id);
            if (quote.convertedInvoiceId().isPresent()) {
                return new ConversionResult(ConversionTarget.INVOICE, quote.convertedInvoiceId().get().value(), false);
            }
            quoteService.decide(actor, quote, ctx).require(QuoteActions.CONVERT_TO_INVOICE);
            QuoteView before = QuoteView.of(quote, quote.version(), List.of());
            QuoteDetails q = quote.details();
            LocalDate today = ctx.today();
            InvoiceView invoice = documents.newInvoice(actor, ctx, new InvoiceDetails(q.contactId(), q.currency(), today,
                    today.plusDays(Documents.DEFAULT_PAYMENT_TERM_DAYS), q.lineItems(), q.notes(), q.terms()),
                    quote.id(), quote.workItemId().orElse(null));
            quote.markConverted(new InvoiceId(invoice.id()), clock.now());
            long version = quotes.save(quote);
            auditor.record(actor, "quote", quote.id().value(), before, QuoteView.of(quote, version, List.of()), quote.pullEvents());
            return new ConversionResult(ConversionTarget.INVOICE, invoice.id(), true);
        });
    }
}
