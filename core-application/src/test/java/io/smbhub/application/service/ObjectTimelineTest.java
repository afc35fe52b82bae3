package io.smbhub.application.service;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.Page;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.application.port.in.SendDocumentCommand;
import io.smbhub.application.port.in.audit.AuditEntryView;
import io.smbhub.application.port.in.contact.ContactView;
import io.smbhub.application.port.in.identity.Identity;
import io.smbhub.application.port.in.identity.SignUpCommand;
import io.smbhub.application.port.in.invoice.InvoiceDraft;
import io.smbhub.application.port.in.payment.RecordPaymentCommand;
import io.smbhub.application.port.in.quote.QuoteDraft;
import io.smbhub.application.port.in.timeline.TimelineSubject;
import io.smbhub.application.port.in.workitem.CreateWorkItemCommand;
import io.smbhub.application.port.in.workitem.UpdateWorkItemCommand;
import io.smbhub.application.port.in.workitem.WorkItemPatch;
import io.smbhub.domain.payment.PaymentProvider;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.WorkItemId;
import io.smbhub.domain.tenant.Role;
import io.smbhub.domain.workitem.WorkItemDetails;
import io.smbhub.domain.workitem.WorkItemStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@DisplayName("Every object's timeline lists its own audit entries to whoever may read the object")
class ObjectTimelineTest {

    private final CoreFixture f = new CoreFixture();
    private final ContactView ann = f.contact("Ann", "ann@example.com");
    private final Map<TimelineSubject, UUID> ids = new EnumMap<>(TimelineSubject.class);

    /** A work item moved to IN_PROGRESS, a sent quote, an invoice sent and paid in full, and that payment. */
    ObjectTimelineTest() {
        UUID job = f.core.createWorkItem().create(f.owner, new CreateWorkItemCommand(new WorkItemDetails(null,
                "Fix sink", null, null, new ContactId(ann.id()), null, null), null, null)).id();
        later();
        f.core.updateWorkItem().update(f.owner, new UpdateWorkItemCommand(new WorkItemId(job), null,
                new WorkItemPatch(null, null, null, null, null, null, null, WorkItemStatus.IN_PROGRESS, null)));
        later();
        UUID quote = f.core.createQuote().create(f.owner, new QuoteDraft(new ContactId(ann.id()), null, null, null,
                List.of(CoreFixture.line("Repair", "1", "90")), null, null), null).id();
        later();
        f.core.sendQuote().send(f.owner, new SendDocumentCommand(quote, null, null));
        later();
        UUID invoice = f.draftInvoice(ann, "90").id();
        later();
        f.core.sendInvoice().send(f.owner, new SendDocumentCommand(invoice, null, null));
        later();
        UUID payment = f.core.recordPayment().record(f.owner, new RecordPaymentCommand(new InvoiceId(invoice),
                PaymentProvider.CASH, new BigDecimal("90"), null, null, null, null)).id();
        ids.put(TimelineSubject.WORK_ITEM, job);
        ids.put(TimelineSubject.QUOTE, quote);
        ids.put(TimelineSubject.INVOICE, invoice);
        ids.put(TimelineSubject.PAYMENT, payment);
    }

    private void later() {
        f.hub.clock().advance(Duration.ofMinutes(5));
    }

    private List<String> actions(Actor reader, TimelineSubject subject, UUID id) {
        return f.core.timelineQueries().objectTimeline(reader, subject, id, new PageRequest(100, null)).items().stream()
                .map(AuditEntryView::action).toList();
    }

    private ErrorCode refusal(Actor reader, TimelineSubject subject, UUID id) {
        DomainException e = catchThrowableOfType(DomainException.class,
                () -> f.core.timelineQueries().objectTimeline(reader, subject, id, PageRequest.first()));
        assertThat(e).as("expected a refusal").isNotNull();
        return e.code();
    }

    static Stream<Arguments> timelines() {
        return Stream.of(
                Arguments.of(TimelineSubject.WORK_ITEM, List.of("work_item.status_changed", "work_item.created")),
                Arguments.of(TimelineSubject.QUOTE, List.of("quote.sent", "quote.created")),
                Arguments.of(TimelineSubject.INVOICE, List.of("invoice.paid", "invoice.sent", "invoice.created")),
                Arguments.of(TimelineSubject.PAYMENT, List.of("payment.succeeded")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timelines")
    void ownerStaffAdminAndViewerReadTheObjectsOwnEntriesNewestFirst(TimelineSubject subject, List<String> expected) {
        for (Actor reader : List.of(f.owner, f.member(Role.ADMIN), f.member(Role.STAFF), f.member(Role.VIEWER))) {
            assertThat(actions(reader, subject, ids.get(subject))).as("%s as %s", subject, reader.role())
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void entriesCarryTheActorTimeAndWhatChanged() {
        List<AuditEntryView> entries = f.core.timelineQueries().objectTimeline(f.owner, TimelineSubject.WORK_ITEM,
                ids.get(TimelineSubject.WORK_ITEM), PageRequest.first()).items();

        AuditEntryView moved = entries.get(0);
        assertThat(moved.actorUserId()).isEqualTo(f.owner.userId().value());
        assertThat(moved.at()).isEqualTo(Instant.parse("2026-03-02T09:05:00Z"));
        assertThat(moved.changedFields()).contains("status").doesNotContain("title", "contact_id");
        assertThat(moved.before()).containsEntry("status", "NEW");
        assertThat(moved.after()).containsEntry("status", "IN_PROGRESS");
        assertThat(entries.get(1).changedFields()).contains("title", "status");
    }

    @Test
    void anAgentReadsTheTimelinesOfWhatItMayOpenAndNothingElse() {
        Actor agent = f.member(Role.AGENT);
        UUID own = f.core.createWorkItem().create(agent, new CreateWorkItemCommand(new WorkItemDetails(null, "Mine",
                null, null, null, null, null), null, null)).id();
        UUID draft = f.core.createInvoice().create(agent, new InvoiceDraft(new ContactId(ann.id()), null, null, null,
                List.of(CoreFixture.line("Parts", "1", "10")), null, null)).id();

        assertThat(actions(agent, TimelineSubject.WORK_ITEM, own)).containsExactly("work_item.created");
        assertThat(actions(agent, TimelineSubject.INVOICE, draft)).containsExactly("invoice.created");
        assertThat(refusal(agent, TimelineSubject.WORK_ITEM, ids.get(TimelineSubject.WORK_ITEM))).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(refusal(agent, TimelineSubject.QUOTE, ids.get(TimelineSubject.QUOTE))).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(refusal(agent, TimelineSubject.INVOICE, ids.get(TimelineSubject.INVOICE))).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(refusal(agent, TimelineSubject.PAYMENT, ids.get(TimelineSubject.PAYMENT))).isEqualTo(ErrorCode.FORBIDDEN);
    }

    @ParameterizedTest
    @EnumSource(TimelineSubject.class)
    void anotherBusinessesIdAndAnUnknownIdAreNotFound(TimelineSubject subject) {
        Identity other = f.core.signUp().signUp(new SignUpCommand("Other Co", "general", "owner@other.test",
                "correct horse", "UTC", "USD"));
        Actor otherOwner = new Actor(other.tenantId(), other.userId(), other.role(), "req_other");

        assertThat(refusal(otherOwner, subject, ids.get(subject))).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(refusal(f.owner, subject, f.hub.ports().ids().newId())).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void pagesOfATimelineServeEachEntryOnceNewestFirst() {
        UUID job = ids.get(TimelineSubject.WORK_ITEM);
        for (String title : List.of("Fix sink today", "Fix sink now", "Fix kitchen sink", "Replace sink")) {
            later();
            f.core.updateWorkItem().update(f.owner, new UpdateWorkItemCommand(new WorkItemId(job), null,
                    new WorkItemPatch(null, title, null, null, null, null, null, null, null)));
        }
        List<UUID> all = f.core.timelineQueries().objectTimeline(f.owner, TimelineSubject.WORK_ITEM, job,
                new PageRequest(100, null)).items().stream().map(AuditEntryView::id).toList();

        List<UUID> served = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String cursor = null;
        do {
            Page<AuditEntryView> page = f.core.timelineQueries().objectTimeline(f.owner, TimelineSubject.WORK_ITEM, job,
                    new PageRequest(4, cursor));
            page.items().forEach(e -> served.add(e.id()));
            sizes.add(page.items().size());
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(all).hasSize(6);
        assertThat(served).containsExactlyElementsOf(all);
        assertThat(sizes).containsExactly(4, 2);
    }
}
