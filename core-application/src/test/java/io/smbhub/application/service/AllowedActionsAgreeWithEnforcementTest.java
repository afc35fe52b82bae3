package io.smbhub.application.service;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.SendDocumentCommand;
import io.smbhub.application.port.in.contact.ContactView;
import io.smbhub.application.port.in.invoice.InvoiceDraft;
import io.smbhub.application.port.in.invoice.InvoicePatch;
import io.smbhub.application.port.in.payment.RecordPaymentCommand;
import io.smbhub.application.port.in.workitem.CreateWorkItemCommand;
import io.smbhub.application.port.in.workitem.UpdateWorkItemCommand;
import io.smbhub.application.port.in.workitem.WorkItemPatch;
import io.smbhub.application.port.in.workitem.WorkItemView;
import io.smbhub.application.service.support.InvoiceActions;
import io.smbhub.application.service.support.WorkItemActions;
import io.smbhub.domain.payment.PaymentProvider;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.WorkItemId;
import io.smbhub.domain.tenant.Role;
import io.smbhub.domain.workitem.ConversionTarget;
import io.smbhub.domain.workitem.WorkItemDetails;
import io.smbhub.domain.workitem.WorkItemSource;
import io.smbhub.domain.workitem.WorkItemStatus;
import io.smbhub.domain.workitem.WorkItemType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every role and every status of invoices and work items, {@code allowed_actions} (spec smb-hub-prd.md 12.7)
 * agrees with enforcement: each listed action succeeds, each other action is refused by a rule (role, status,
 * capability, required fields), never by a crash. Every attempt runs in a transaction that is rolled back, so
 * all attempts see the same object.
 */
@DisplayName("allowed_actions agrees with enforcement for every status × role")
class AllowedActionsAgreeWithEnforcementTest {

    private static final Set<ErrorCode> RULE_CODES = Set.of(ErrorCode.FORBIDDEN, ErrorCode.INVALID_TRANSITION,
            ErrorCode.VALIDATION_ERROR, ErrorCode.CAPABILITY_DISABLED);

    /** An invoice state and how the owner reaches it. */
    private record InvoiceState(String name, BiConsumer<CoreFixture, InvoiceId> reach, boolean withEmail, boolean withLines) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<InvoiceState> INVOICE_STATES = List.of(
            new InvoiceState("DRAFT", (f, id) -> { }, true, true),
            new InvoiceState("DRAFT without lines", (f, id) -> { }, true, false),
            new InvoiceState("DRAFT for a contact without email", (f, id) -> { }, false, true),
            new InvoiceState("SENT", AllowedActionsAgreeWithEnforcementTest::send, true, true),
            new InvoiceState("PARTIALLY_PAID", (f, id) -> { send(f, id); pay(f, id, "40.00"); }, true, true),
            new InvoiceState("PAID", (f, id) -> { send(f, id); pay(f, id, "100.00"); }, true, true),
            new InvoiceState("VOID", (f, id) -> f.core.voidInvoice().voidInvoice(f.owner, id, "duplicate"), true, true));

    private static final Map<String, BiConsumer<CoreFixture, Attempt<InvoiceId>>> INVOICE_ATTEMPTS = Map.of(
            InvoiceActions.UPDATE, (f, a) -> f.core.updateInvoice().update(a.actor, a.id, null,
                    new InvoicePatch(null, null, null, null, null, "Changed notes", null)),
            InvoiceActions.SEND, (f, a) -> f.core.sendInvoice().send(a.actor, new SendDocumentCommand(a.id.value(), null, null)),
            InvoiceActions.VOID, (f, a) -> f.core.voidInvoice().voidInvoice(a.actor, a.id, "wrong customer"),
            InvoiceActions.RECORD_PAYMENT, (f, a) -> f.core.recordPayment().record(a.actor, new RecordPaymentCommand(a.id,
                    PaymentProvider.CASH, new BigDecimal("1.00"), null, null, null, null)),
            InvoiceActions.CREATE_PAYMENT_LINK, (f, a) -> f.core.paymentLinks().create(a.actor, a.id),
            InvoiceActions.REMIND, (f, a) -> f.core.remindInvoice().remind(a.actor, a.id));

    private record Attempt<I>(Actor actor, I id) {
    }

    @TestFactory
    Stream<DynamicTest> invoices() {
        assertThat(INVOICE_ATTEMPTS.keySet()).containsExactlyInAnyOrderElementsOf(InvoiceActions.ALL);
        List<DynamicTest> tests = new ArrayList<>();
        for (Role role : Role.values()) {
            for (InvoiceState state : INVOICE_STATES) {
                tests.add(DynamicTest.dynamicTest(role + " on a " + state + " invoice", () -> {
                    CoreFixture f = new CoreFixture();
                    ContactView contact = f.contact("Ana", state.withEmail() ? "ana@example.test" : null);
                    InvoiceId id = new InvoiceId(f.core.createInvoice().create(f.owner, new InvoiceDraft(new ContactId(contact.id()),
                            null, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16),
                            state.withLines() ? List.of(CoreFixture.line("Repair", "1", "100.00")) : List.of(), null, null)).id());
                    state.reach().accept(f, id);
                    Actor actor = role == Role.OWNER ? f.owner : f.member(role);
                    Optional<List<String>> allowed = visible(() -> f.core.invoiceQueries().get(actor, id).allowedActions());
                    check(f, InvoiceActions.ALL, allowed, action -> () -> INVOICE_ATTEMPTS.get(action).accept(f, new Attempt<>(actor, id)));
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> workItems() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Role role : Role.values()) {
            for (WorkItemStatus status : WorkItemStatus.values()) {
                for (boolean withContact : List.of(true, false)) {
                    String name = role + " on a " + status + " work item " + (withContact ? "with" : "without") + " a contact";
                    tests.add(DynamicTest.dynamicTest(name, () -> {
                        CoreFixture f = new CoreFixture();
                        Actor actor = role == Role.OWNER ? f.owner : f.member(role);
                        ContactView contact = f.contact("Budi", "budi@example.test");
                        WorkItemView item = f.core.createWorkItem().create(f.owner, new CreateWorkItemCommand(new WorkItemDetails(
                                WorkItemType.JOB, "Fix the sink", null, null, withContact ? new ContactId(contact.id()) : null,
                                null, Map.of()), actor.userId(), WorkItemSource.MANUAL));
                        WorkItemId id = new WorkItemId(item.id());
                        moveTo(f, id, status);
                        Optional<List<String>> allowed = visible(() -> f.core.workItemQueries().get(actor, id).allowedActions());
                        List<String> actions = WorkItemActions.ALL.stream()
                                .filter(a -> WorkItemActions.STATUS_ACTIONS.get(a) != status)
                                .toList();
                        check(f, actions, allowed, action -> () -> attemptOnWorkItem(f, actor, id, action));
                    }));
                }
            }
        }
        return tests.stream();
    }

    /**
     * Each action in {@code actions} is attempted inside a transaction that is then rolled back: it must succeed
     * exactly when {@code allowed} lists it; refusals must come from a rule; when the object is not visible,
     * every attempt is refused as NOT_FOUND or FORBIDDEN.
     */
    private static void check(CoreFixture f, List<String> actions, Optional<List<String>> allowed,
                              Function<String, Runnable> attempt) {
        for (String action : actions) {
            Optional<DomainException> refusal = attemptAndRollBack(f, attempt.apply(action));
            if (allowed.isEmpty()) {
                assertThat(refusal).as(action + " on an object the actor cannot see").isPresent();
                assertThat(refusal.get().code()).as(action).isIn(ErrorCode.NOT_FOUND, ErrorCode.FORBIDDEN);
            } else if (allowed.get().contains(action)) {
                assertThat(refusal).as(action + " is in allowed_actions " + allowed.get() + " so it must succeed").isEmpty();
            } else {
                assertThat(refusal).as(action + " is not in allowed_actions " + allowed.get() + " so it must be refused").isPresent();
                assertThat(refusal.get().code()).as(action + ": " + refusal.get().getMessage()).isIn(RULE_CODES);
            }
        }
    }

    private static Optional<DomainException> attemptAndRollBack(CoreFixture f, Runnable attempt) {
        try {
            f.hub.ports().tx().inTenant(f.owner.tenantId(), () -> {
                attempt.run();
                throw new RolledBack();
            });
            throw new AssertionError("unreachable");
        } catch (RolledBack done) {
            return Optional.empty();
        } catch (DomainException refused) {
            return Optional.of(refused);
        }
    }

    private static final class RolledBack extends RuntimeException {
        RolledBack() {
            super(null, null, false, false);
        }
    }

    private static Optional<List<String>> visible(java.util.function.Supplier<List<String>> read) {
        try {
            return Optional.of(read.get());
        } catch (DomainException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
            return Optional.empty();
        }
    }

    private static void attemptOnWorkItem(CoreFixture f, Actor actor, WorkItemId id, String action) {
        switch (action) {
            case WorkItemActions.UPDATE -> patch(f, actor, id, new WorkItemPatch(null, "Fix the kitchen sink", null, null,
                    null, null, null, null, null));
            case WorkItemActions.ASSIGN -> patch(f, actor, id, new WorkItemPatch(null, null, null, null, null, null, null,
                    null, Optional.of(f.owner.userId())));
            case WorkItemActions.CONVERT_TO_QUOTE -> f.core.convertWorkItem().convert(actor, id, ConversionTarget.QUOTE);
            case WorkItemActions.CONVERT_TO_INVOICE -> f.core.convertWorkItem().convert(actor, id, ConversionTarget.INVOICE);
            default -> patch(f, actor, id, new WorkItemPatch(null, null, null, null, null, null, null,
                    WorkItemActions.STATUS_ACTIONS.get(action), null));
        }
    }

    private static void patch(CoreFixture f, Actor actor, WorkItemId id, WorkItemPatch patch) {
        f.core.updateWorkItem().update(actor, new UpdateWorkItemCommand(id, null, patch));
    }

    /** Moves an item from NEW to {@code status} along allowed moves, as the owner. */
    private static void moveTo(CoreFixture f, WorkItemId id, WorkItemStatus status) {
        List<WorkItemStatus> path = switch (status) {
            case NEW -> List.of();
            case DONE -> List.of(WorkItemStatus.IN_PROGRESS, WorkItemStatus.DONE);
            default -> List.of(status);
        };
        for (WorkItemStatus step : path) {
            patch(f, f.owner, id, new WorkItemPatch(null, null, null, null, null, null, null, step, null));
        }
    }

    private static void send(CoreFixture f, InvoiceId id) {
        f.core.sendInvoice().send(f.owner, new SendDocumentCommand(id.value(), null, null));
    }

    private static void pay(CoreFixture f, InvoiceId id, String amount) {
        f.core.recordPayment().record(f.owner, new RecordPaymentCommand(id, PaymentProvider.CASH, new BigDecimal(amount),
                null, null, null, null));
    }
}
