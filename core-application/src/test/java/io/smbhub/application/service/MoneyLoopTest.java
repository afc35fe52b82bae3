package io.smbhub.application.service;

import io.smbhub.application.port.in.ConversionResult;
import io.smbhub.application.port.in.SendDocumentCommand;
import io.smbhub.application.port.in.contact.ContactView;
import io.smbhub.application.port.in.home.HomeSummary;
import io.smbhub.application.port.in.invoice.InvoiceQueries;
import io.smbhub.application.port.in.invoice.InvoiceView;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.application.port.in.audit.AuditQueries;
import io.smbhub.application.port.in.payment.RecordPaymentCommand;
import io.smbhub.application.port.in.quote.QuotePatch;
import io.smbhub.application.port.in.quote.QuoteView;
import io.smbhub.application.port.in.workitem.CreateWorkItemCommand;
import io.smbhub.application.port.in.workitem.WorkItemView;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.invoice.InvoiceStatus;
import io.smbhub.domain.payment.PaymentProvider;
import io.smbhub.domain.shared.QuoteId;
import io.smbhub.domain.quote.QuoteStatus;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.workitem.ConversionTarget;
import io.smbhub.domain.workitem.WorkItemDetails;
import io.smbhub.domain.shared.WorkItemId;
import io.smbhub.domain.workitem.WorkItemPriority;
import io.smbhub.domain.workitem.WorkItemType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A customer goes from first request to a paid invoice on the in-memory core")
class MoneyLoopTest {

    private final CoreFixture f = new CoreFixture();

    @Test
    void requestToPaidInvoice() {
        ContactView john = f.contact("John Smith", "john@example.com");
        WorkItemView job = f.core.createWorkItem().create(f.owner, new CreateWorkItemCommand(new WorkItemDetails(
                WorkItemType.REQUEST, "Fix leaking faucet", "Leak under the sink", WorkItemPriority.HIGH,
                new ContactId(john.id()), null, Map.of("service_address", "123 King St")), null, null));

        ConversionResult toQuote = f.core.convertWorkItem().convert(f.owner, new WorkItemId(job.id()), ConversionTarget.QUOTE);
        assertThat(toQuote.created()).isTrue();
        QuoteId quoteId = new QuoteId(toQuote.documentId());
        QuoteView quote = f.core.updateQuote().update(f.owner, quoteId, null, new QuotePatch(null, null, null, null,
                List.of(CoreFixture.line("Faucet repair", "1", "120"), CoreFixture.line("Washer", "2", "2.50")), null, null));
        assertThat(quote.quoteNumber()).isEqualTo("Q-000001");
        assertThat(quote.total()).isEqualTo(Money.of(new BigDecimal("125"), "USD"));

        assertThat(f.core.sendQuote().send(f.owner, new SendDocumentCommand(quoteId.value(), "EMAIL", "Please approve")).status())
                .isEqualTo(QuoteStatus.SENT);
        assertThat(f.hub.email().emails()).as("nothing leaves before the outbox job runs").isEmpty();
        f.core.jobs().runDueJobs(10);
        assertThat(f.hub.email().emails()).singleElement().satisfies(m -> {
            assertThat(m.to()).extracting(a -> a.address()).containsExactly("john@example.com");
            assertThat(m.subject()).isEqualTo("Quote Q-000001 from Pipe & Co");
            assertThat(m.text()).contains("Please approve", "quote Q-000001 for 125.00 USD",
                    "http://localhost:8080/portal/quotes/");
            assertThat(m.attachments()).singleElement().satisfies(att -> assertThat(
                    new String(att.content(), java.nio.charset.StandardCharsets.UTF_8)).contains("Faucet repair", "Total: USD 125.00"));
        });
        f.core.approveQuote().approve(f.owner, quoteId);
        ConversionResult toInvoice = f.core.convertQuoteToInvoice().convert(f.owner, quoteId);
        InvoiceId invoiceId = new InvoiceId(toInvoice.documentId());

        InvoiceView invoice = f.core.sendInvoice().send(f.owner, new SendDocumentCommand(invoiceId.value(), null, null));
        assertThat(invoice.invoiceNumber()).isEqualTo("INV-000001");
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.SENT);
        assertThat(invoice.amountDue()).isEqualTo(Money.of(new BigDecimal("125"), "USD"));

        f.core.recordPayment().record(f.owner, new RecordPaymentCommand(invoiceId, PaymentProvider.CASH,
                new BigDecimal("125.00"), null, null, null, null));
        InvoiceView paid = f.core.invoiceQueries().get(f.owner, invoiceId);
        assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(paid.amountDue().isZero()).isTrue();
        assertThat(f.core.quoteQueries().get(f.owner, quoteId).status()).isEqualTo(QuoteStatus.CONVERTED);

        HomeSummary home = f.core.homeQueries().summary(f.owner);
        assertThat(home.unpaidCount()).isZero();
        assertThat(home.newWorkItems()).isEqualTo(1);
        assertThat(home.paymentsToday()).containsExactly(Money.of(new BigDecimal("125"), "USD"));

        assertThat(f.core.auditQueries().list(f.owner,
                new AuditQueries.ListQuery(null, invoiceId.value(), null, null, null, null, PageRequest.first())).items())
                .extracting(e -> e.action())
                .containsExactly("invoice.paid", "invoice.sent", "invoice.created");
    }

    @Test
    @DisplayName("converting twice opens the document made the first time")
    void conversionIsDuplicateSafe() {
        ContactView john = f.contact("John", "john@example.com");
        WorkItemView job = f.core.createWorkItem().create(f.owner, new CreateWorkItemCommand(new WorkItemDetails(
                null, "Install boiler", null, null, new ContactId(john.id()), null, null), null, null));
        ConversionResult first = f.core.convertWorkItem().convert(f.owner, new WorkItemId(job.id()), ConversionTarget.INVOICE);
        ConversionResult second = f.core.convertWorkItem().convert(f.owner, new WorkItemId(job.id()), ConversionTarget.INVOICE);
        assertThat(second.created()).isFalse();
        assertThat(second.documentId()).isEqualTo(first.documentId());
        assertThat(f.core.invoiceQueries().list(f.owner, new InvoiceQueries.ListQuery(null, false, null, PageRequest.first())).items())
                .hasSize(1);
        assertThat(f.core.workItemQueries().get(f.owner, new WorkItemId(job.id())).invoiceId()).isEqualTo(first.documentId());
    }

    @Test
    @DisplayName("overdue is derived from the tenant's today and shows on home")
    void overdueFollowsTheClock() {
        InvoiceView invoice = f.draftInvoice(f.contact("Ann", "ann@example.com"), "80");
        f.core.sendInvoice().send(f.owner, new SendDocumentCommand(invoice.id(), null, null));
        assertThat(f.core.homeQueries().summary(f.owner).overdueCount()).isZero();
        f.hub.clock().advance(Duration.ofDays(15));
        InvoiceView late = f.core.invoiceQueries().get(f.owner, new InvoiceId(invoice.id()));
        assertThat(late.overdue()).isTrue();
        assertThat(late.status()).isEqualTo(InvoiceStatus.SENT);
        HomeSummary home = f.core.homeQueries().summary(f.owner);
        assertThat(home.overdueCount()).isEqualTo(1);
        assertThat(home.overdueAmounts()).containsExactly(Money.of(new BigDecimal("80"), "USD"));
        assertThat(f.core.invoiceQueries().list(f.owner, new InvoiceQueries.ListQuery(null, true, null, PageRequest.first())).items())
                .extracting(InvoiceView::id).containsExactly(invoice.id());
    }
}
