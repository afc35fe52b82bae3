package io.smbhub.application.service.workitem;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.ConversionResult;
import io.smbhub.application.port.in.invoice.InvoiceView;
import io.smbhub.application.port.in.quote.QuoteView;
import io.smbhub.application.port.in.workitem.ConvertWorkItemUseCase;
import io.smbhub.application.port.in.workitem.WorkItemView;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.port.out.WorkItemRepository;
import io.smbhub.application.service.support.Access;
import io.smbhub.application.service.support.TenantContext;
import io.smbhub.application.service.support.WorkItemActions;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.application.service.support.Documents;
import io.smbhub.domain.invoice.InvoiceDetails;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.quote.QuoteDetails;
import io.smbhub.domain.shared.QuoteId;
import io.smbhub.domain.tenant.Permission;
import io.smbhub.domain.tenant.Tenant;
import io.smbhub.domain.workitem.ConversionTarget;
import io.smbhub.domain.workitem.WorkItem;
import io.smbhub.domain.shared.WorkItemId;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Converts a work item into a DRAFT quote or invoice for its contact, in the tenant currency, with the
 * item's title and description as notes and no lines yet (spec smb-hub-prd.md Flow B, 3.8). The work item
 * records the document; because that save is version-checked, two concurrent conversions cannot both
 * create a document — the loser gets {@code CONFLICT} and a retry opens the winner's.
 */
public final class WorkItemConversionService implements ConvertWorkItemUseCase {

    private final WorkItemRepository items;
    private final WorkItemService workItems;
    private final Documents documents;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final Auditor auditor;

    public WorkItemConversionService(WorkItemRepository items, WorkItemService workItems, Documents documents,
                                     TransactionRunner tx, TimeSource clock, Auditor auditor) {
        this.items = items;
        this.workItems = workItems;
        this.documents = documents;
        this.tx = tx;
        this.clock = clock;
        this.auditor = auditor;
    }

    @Override
    public ConversionResult convert(Actor actor, WorkItemId id, ConversionTarget target) {
        Access.require(actor, Permission.DOCUMENTS_DRAFT);
        return tx.inTenant(actor.tenantId(), () -> {
            TenantContext ctx = documents.context(actor);
            WorkItem item = workItems.load(actor, id);
            var existing = target == ConversionTarget.QUOTE ? item.quoteId().map(QuoteId::value)
                    : item.invoiceId().map(InvoiceId::value);
            if (existing.isPresent()) {
                return new ConversionResult(target, existing.get(), false);
            }
            workItems.decide(actor, item, ctx).require(target == ConversionTarget.QUOTE
                    ? WorkItemActions.CONVERT_TO_QUOTE : WorkItemActions.CONVERT_TO_INVOICE);
            WorkItemView before = WorkItemView.of(item, item.version(), List.of());
            Tenant tenant = ctx.tenant();
            LocalDate today = ctx.today();
            String notes = item.details().description() == null ? item.details().title()
                    : item.details().title() + "\n\n" + item.details().description();
            UUID documentId;
            if (target == ConversionTarget.QUOTE) {
                QuoteView quote = documents.newQuote(actor, ctx, new QuoteDetails(item.details().contactId(), tenant.currency(),
                        today, today.plusDays(30), List.of(), notes, null), item.id());
                item.convertedToQuote(new QuoteId(quote.id()), clock.now());
                documentId = quote.id();
            } else {
                InvoiceView invoice = documents.newInvoice(actor, ctx, new InvoiceDetails(item.details().contactId(),
                        tenant.currency(), today, today.plusDays(Documents.DEFAULT_PAYMENT_TERM_DAYS), List.of(), notes,
                        null), null, item.id());
                item.convertedToInvoice(new InvoiceId(invoice.id()), clock.now());
                documentId = invoice.id();
            }
            long version = items.save(item);
            auditor.record(actor, WorkItemService.ENTITY, item.id().value(), before, WorkItemView.of(item, version, List.of()),
                    item.pullEvents());
            return new ConversionResult(target, documentId, true);
        });
    }
}
