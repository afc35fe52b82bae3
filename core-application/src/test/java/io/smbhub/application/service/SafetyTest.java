package io.smbhub.application.service;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.application.port.in.audit.AuditQueries;
import io.smbhub.application.port.in.SendDocumentCommand;
import io.smbhub.application.port.in.contact.ContactQueries;
import io.smbhub.application.port.in.contact.ContactView;
import io.smbhub.application.port.in.contact.ImportContactsUseCase;
import io.smbhub.application.port.in.idempotency.IdempotencyUseCase;
import io.smbhub.application.port.in.invoice.InvoicePatch;
import io.smbhub.application.port.in.invoice.InvoiceQueries;
import io.smbhub.application.port.in.invoice.InvoiceView;
import io.smbhub.application.port.in.payment.RecordPaymentCommand;
import io.smbhub.application.port.in.workitem.CreateWorkItemCommand;
import io.smbhub.application.port.in.workitem.WorkItemQueries;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.invoice.InvoiceStatus;
import io.smbhub.domain.payment.PaymentProvider;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.tenant.Role;
import io.smbhub.domain.workitem.WorkItemDetails;
import io.smbhub.domain.shared.WorkItemId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Bad input, wrong roles and failures change nothing")
class SafetyTest {

    private final CoreFixture f = new CoreFixture();

    private static ErrorCode codeOf(Runnable call) {
        try {
            call.run();
        } catch (DomainException e) {
            return e.code();
        }
        throw new AssertionError("expected a DomainException");
    }

    @Test
    @DisplayName("a mail server failure does not undo the send: the email stays queued in the outbox and leaves later")
    void aFailedDeliveryDoesNotUndoTheSend() {
        InvoiceView draft = f.draftInvoice(f.contact("Ann", "ann@example.com"), "80");
        f.hub.email().failNext(1, ErrorCode.PROVIDER_ERROR);

        InvoiceView sent = f.core.sendInvoice().send(f.owner, new SendDocumentCommand(draft.id(), null, null));
        f.core.jobs().runDueJobs(10);

        assertThat(sent.status()).isEqualTo(InvoiceStatus.SENT);
        assertThat(f.core.invoiceQueries().get(f.owner, new InvoiceId(draft.id())).status()).isEqualTo(InvoiceStatus.SENT);
        assertThat(f.core.auditQueries().list(f.owner,
                new AuditQueries.ListQuery(null, draft.id(), null, null, null, null, PageRequest.first())).items())
                .extracting(e -> e.action()).containsExactly("invoice.sent", "invoice.created");
        assertThat(f.hub.email().emails()).isEmpty();
    }

    @Test
    void aContactWithoutEmailCannotBeSentTo() {
        InvoiceView draft = f.draftInvoice(f.contact("No Mail", null), "80");
        assertThatThrownBy(() -> f.core.sendInvoice().send(f.owner, new SendDocumentCommand(draft.id(), null, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.details().get(0).field()).isEqualTo("contact.email"));
        f.core.jobs().runDueJobs(10);
        assertThat(f.hub.email().emails()).isEmpty();
        assertThat(f.core.invoiceQueries().get(f.owner, new InvoiceId(draft.id())).status()).isEqualTo(InvoiceStatus.DRAFT);
    }

    @Test
    void aStaleVersionIsAConflictAndTheWriteIsNotLost() {
        InvoiceView draft = f.draftInvoice(f.contact("Ann", "ann@example.com"), "80");
        f.core.updateInvoice().update(f.owner, new InvoiceId(draft.id()), draft.version(),
                new InvoicePatch(null, null, null, null, null, "first edit", null));
        assertThat(codeOf(() -> f.core.updateInvoice().update(f.owner, new InvoiceId(draft.id()), draft.version(),
                new InvoicePatch(null, null, null, null, null, "stale edit", null)))).isEqualTo(ErrorCode.CONFLICT);
        assertThat(f.core.invoiceQueries().get(f.owner, new InvoiceId(draft.id())).notes()).isEqualTo("first edit");
    }

    @Test
    void overpaymentIsRefusedAndNoPaymentIsStored() {
        InvoiceView invoice = f.draftInvoice(f.contact("Ann", "ann@example.com"), "80");
        f.core.sendInvoice().send(f.owner, new SendDocumentCommand(invoice.id(), null, null));
        assertThat(codeOf(() -> f.core.recordPayment().record(f.owner, new RecordPaymentCommand(new InvoiceId(invoice.id()),
                PaymentProvider.CASH, new BigDecimal("80.01"), null, null, null, null)))).isEqualTo(ErrorCode.VALIDATION_ERROR);
        assertThat(codeOf(() -> f.core.recordPayment().record(f.owner, new RecordPaymentCommand(new InvoiceId(invoice.id()),
                PaymentProvider.CASH, new BigDecimal("10"), "EUR", null, null, null)))).isEqualTo(ErrorCode.VALIDATION_ERROR);
        assertThat(f.core.paymentQueries().list(f.owner, new io.smbhub.application.port.in.payment.PaymentQueries.ListQuery(
                null, null, PageRequest.first())).items()).isEmpty();
        assertThat(f.core.invoiceQueries().get(f.owner, new InvoiceId(invoice.id())).amountPaid().isZero()).isTrue();
    }

    @Test
    @DisplayName("the role matrix of spec 2.2 is enforced in the core")
    void rolesAreEnforced() {
        InvoiceView draft = f.draftInvoice(f.contact("Ann", "ann@example.com"), "80");
        Actor viewer = f.member(Role.VIEWER);
        Actor agent = f.member(Role.AGENT);
        Actor staff = f.member(Role.STAFF);
        SendDocumentCommand send = new SendDocumentCommand(draft.id(), null, null);

        assertThat(codeOf(() -> f.contactAs(viewer))).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(f.core.invoiceQueries().get(viewer, new InvoiceId(draft.id())).id()).isEqualTo(draft.id());
        assertThat(codeOf(() -> f.core.sendInvoice().send(viewer, send))).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(codeOf(() -> f.core.sendInvoice().send(agent, send))).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(codeOf(() -> f.core.auditQueries().list(staff,
                new AuditQueries.ListQuery(null, null, null, null, null, null, PageRequest.first())))).isEqualTo(ErrorCode.FORBIDDEN);
        f.core.sendInvoice().send(staff, send);
        assertThat(codeOf(() -> f.core.invoiceQueries().get(agent, new InvoiceId(draft.id()))))
                .as("an AGENT sees drafts only").isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(codeOf(() -> f.core.recordPayment().record(agent, new RecordPaymentCommand(new InvoiceId(draft.id()),
                PaymentProvider.CASH, BigDecimal.ONE, null, null, null, null)))).isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void anAgentSeesOnlyItsAssignedWorkItems() {
        Actor agent = f.member(Role.AGENT);
        var mine = f.core.createWorkItem().create(agent, new CreateWorkItemCommand(new WorkItemDetails(null, "Mine", null, null, null, null, null), null, null));
        var other = f.core.createWorkItem().create(f.owner, new CreateWorkItemCommand(new WorkItemDetails(null, "Other", null, null, null, null, null), null, null));
        assertThat(mine.assignedTo()).isEqualTo(agent.userId().value());
        assertThat(f.core.workItemQueries().list(agent, new WorkItemQueries.ListQuery(null, null, null, null, null, PageRequest.first())).items())
                .extracting(w -> w.title()).containsExactly("Mine");
        assertThat(codeOf(() -> f.core.workItemQueries().get(agent, new WorkItemId(other.id())))).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void anotherTenantsObjectsAreNotFound() {
        InvoiceView mine = f.draftInvoice(f.contact("Ann", "ann@example.com"), "80");
        var stranger = f.core.signUp().signUp(new io.smbhub.application.port.in.identity.SignUpCommand("Other", null,
                "other@x.test", "password1", null, null));
        Actor strangerActor = new Actor(stranger.tenantId(), stranger.userId(), stranger.role(), "r");
        assertThat(codeOf(() -> f.core.invoiceQueries().get(strangerActor, new InvoiceId(mine.id())))).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(f.core.invoiceQueries().list(strangerActor, new InvoiceQueries.ListQuery(null, false, null, PageRequest.first())).items()).isEmpty();
        assertThat(codeOf(() -> f.core.voidInvoice().voidInvoice(strangerActor, new InvoiceId(mine.id()), null))).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(codeOf(() -> f.core.createInvoice().create(strangerActor, new io.smbhub.application.port.in.invoice.InvoiceDraft(
                new ContactId(mine.contactId()), null, null, null, List.of(), null, null)))).isEqualTo(ErrorCode.VALIDATION_ERROR);
        assertThat(f.core.invoiceQueries().get(f.owner, new InvoiceId(mine.id())).status()).isEqualTo(InvoiceStatus.DRAFT);
    }

    @Test
    void anIdempotencyKeyRunsTheOperationOnce() {
        AtomicInteger runs = new AtomicInteger();
        IdempotencyUseCase idem = f.core.idempotency();
        var first = idem.run(f.owner, "POST /v1/contacts", "key-1", "hash-a",
                () -> { runs.incrementAndGet(); return f.contact("Ann", "ann@example.com").id().toString(); });
        var replay = idem.run(f.owner, "POST /v1/contacts", "key-1", "hash-a",
                () -> { runs.incrementAndGet(); return "never"; });
        assertThat(replay.replayed()).isTrue();
        assertThat(replay.result()).isEqualTo(first.result());
        assertThat(runs).hasValue(1);
        assertThat(codeOf(() -> idem.run(f.owner, "POST /v1/contacts", "key-1", "hash-b", () -> "x"))).isEqualTo(ErrorCode.CONFLICT);
        assertThat(f.core.contactQueries().list(f.owner, new ContactQueries.ListQuery(null, null, null, PageRequest.first())).items()).hasSize(1);
    }

    @Test
    void aFailedOperationLeavesNoIdempotencyClaim() {
        IdempotencyUseCase idem = f.core.idempotency();
        assertThat(codeOf(() -> idem.run(f.owner, "POST /v1/invoices", "k", "h", () -> {
            f.contact("Half", "half@example.com");
            throw DomainException.invalid("x", "boom");
        }))).isEqualTo(ErrorCode.VALIDATION_ERROR);
        assertThat(f.core.contactQueries().list(f.owner, new ContactQueries.ListQuery(null, null, null, PageRequest.first())).items())
                .as("the contact made inside the failed operation is rolled back").isEmpty();
        assertThat(idem.run(f.owner, "POST /v1/invoices", "k", "h", () -> "ran").result()).isEqualTo("ran");
    }

    @Test
    @DisplayName("CSV import keeps good rows, reports bad ones by line, and never duplicates")
    void importIsRepeatableWithoutDuplicates() {
        List<ImportContactsUseCase.Row> rows = List.of(
                new ImportContactsUseCase.Row(2, Map.of("display_name", "Ann", "email", "ann@example.com")),
                new ImportContactsUseCase.Row(3, Map.of("display_name", "Bob", "email", "not-an-email")),
                new ImportContactsUseCase.Row(4, Map.of("display_name", "Cy", "phone", "+62 812 3456 7890", "type", "vendor", "tags", "a;b")),
                new ImportContactsUseCase.Row(5, Map.of("display_name", "", "email", "x@example.com")),
                new ImportContactsUseCase.Row(6, Map.of("display_name", "Ann again", "email", "ANN@example.com")));
        ImportContactsUseCase.Report first = f.core.importContacts().importContacts(f.owner, rows);
        assertThat(first.created()).isEqualTo(2);
        assertThat(first.skippedDuplicates()).isEqualTo(1);
        assertThat(first.rejected()).isEqualTo(2);
        assertThat(first.errors()).extracting(ImportContactsUseCase.RowError::line, ImportContactsUseCase.RowError::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "email"), org.assertj.core.groups.Tuple.tuple(5L, "display_name"));

        ImportContactsUseCase.Report again = f.core.importContacts().importContacts(f.owner, rows);
        assertThat(again.created()).isZero();
        assertThat(again.skippedDuplicates()).isEqualTo(3);
        List<ContactView> all = f.core.contactQueries().list(f.owner, new ContactQueries.ListQuery(null, null, null, PageRequest.first())).items();
        assertThat(all).extracting(ContactView::displayName).containsExactlyInAnyOrder("Ann", "Cy");
        assertThat(all).filteredOn(c -> c.displayName().equals("Cy")).singleElement()
                .satisfies(c -> assertThat(c.tags()).containsExactly("a", "b"));
    }

    @Test
    void listsPageWithoutRepeatsWhenRowsAreAddedBetweenPages() {
        for (int i = 0; i < 5; i++) {
            f.contact("C" + i, null);
        }
        var page1 = f.core.contactQueries().list(f.owner, new ContactQueries.ListQuery(null, null, null, new PageRequest(2, null)));
        f.contact("Newcomer", null);
        var page2 = f.core.contactQueries().list(f.owner, new ContactQueries.ListQuery(null, null, null, new PageRequest(2, page1.nextCursor())));
        var page3 = f.core.contactQueries().list(f.owner, new ContactQueries.ListQuery(null, null, null, new PageRequest(2, page2.nextCursor())));
        assertThat(page1.items()).extracting(ContactView::displayName).containsExactly("C4", "C3");
        assertThat(page2.items()).extracting(ContactView::displayName).containsExactly("C2", "C1");
        assertThat(page3.items()).extracting(ContactView::displayName).containsExactly("C0");
        assertThat(page3.nextCursor()).isNull();
    }
}
