package io.smbhub.application.service;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.Page;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.application.port.in.SendDocumentCommand;
import io.smbhub.application.port.in.contact.ContactPatch;
import io.smbhub.application.port.in.contact.ContactView;
import io.smbhub.application.port.in.contact.UpdateContactCommand;
import io.smbhub.application.port.in.identity.Identity;
import io.smbhub.application.port.in.identity.SignUpCommand;
import io.smbhub.application.port.in.payment.RecordPaymentCommand;
import io.smbhub.application.port.in.quote.QuoteDraft;
import io.smbhub.application.port.in.timeline.TimelineItemView;
import io.smbhub.application.port.in.workitem.CreateWorkItemCommand;
import io.smbhub.domain.payment.PaymentProvider;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.tenant.Role;
import io.smbhub.domain.workitem.WorkItemDetails;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@DisplayName("GET /v1/contacts/{id}/timeline merges a contact's work, documents, payments and audit entries by role")
class ContactTimelineTest {

    private static final List<String> EVERYTHING = List.of(
            "audit contact.updated",
            "payment Payment for Invoice #INV-000002",
            "invoice Invoice #INV-000002",
            "invoice Invoice #INV-000001",
            "quote Quote #Q-000002",
            "quote Quote #Q-000001",
            "work_item Agent visit",
            "work_item Fix sink",
            "audit contact.created");

    private final CoreFixture f = new CoreFixture();
    private final Actor agent = f.member(Role.AGENT);
    private final ContactView ann;

    /**
     * Hour by hour from 09:00: Ann is added (and Bob, whose job must not show); the owner's job for Ann; the
     * agent's own job for Ann; a draft quote; a sent quote; a draft invoice; a sent invoice; its payment in
     * full; Ann is renamed.
     */
    ContactTimelineTest() {
        ann = f.contact("Ann", "ann@example.com");
        ContactView bob = f.contact("Bob", "bob@example.com");
        later();
        job(f.owner, ann, "Fix sink");
        job(f.owner, bob, "Bob's job");
        later();
        job(agent, ann, "Agent visit");
        later();
        quote(ann);
        later();
        f.core.sendQuote().send(f.owner, new SendDocumentCommand(quote(ann), null, null));
        later();
        f.draftInvoice(ann, "50");
        later();
        UUID sent = f.draftInvoice(ann, "50").id();
        f.core.sendInvoice().send(f.owner, new SendDocumentCommand(sent, null, null));
        later();
        f.core.recordPayment().record(f.owner, new RecordPaymentCommand(new InvoiceId(sent), PaymentProvider.CASH,
                new BigDecimal("50"), null, null, null, null));
        later();
        f.core.updateContact().update(f.owner, new UpdateContactCommand(new ContactId(ann.id()), null, new ContactPatch(
                null, "Ann Lee", null, null, null, null, null, null, null, null, null, null, null, null)));
    }

    private void later() {
        f.hub.clock().advance(Duration.ofHours(1));
    }

    private void job(Actor actor, ContactView contact, String title) {
        f.core.createWorkItem().create(actor, new CreateWorkItemCommand(new WorkItemDetails(null, title, null, null,
                new ContactId(contact.id()), null, null), null, null));
    }

    private UUID quote(ContactView contact) {
        return f.core.createQuote().create(f.owner, new QuoteDraft(new ContactId(contact.id()), null, null, null,
                List.of(CoreFixture.line("Repair", "1", "50")), null, null), null).id();
    }

    private List<TimelineItemView> timeline(Actor reader, UUID contact) {
        return f.core.timelineQueries().contactTimeline(reader, new ContactId(contact), new PageRequest(100, null)).items();
    }

    private static List<String> summary(List<TimelineItemView> items) {
        return items.stream().map(i -> i.type() + " " + i.title()).toList();
    }

    private ErrorCode refusal(Actor reader, UUID contact, String cursor) {
        DomainException e = catchThrowableOfType(DomainException.class, () -> f.core.timelineQueries()
                .contactTimeline(reader, new ContactId(contact), new PageRequest(20, cursor)));
        assertThat(e).as("expected a refusal").isNotNull();
        return e.code();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"OWNER", "ADMIN", "STAFF", "VIEWER"})
    void rolesThatReadEverythingSeeEveryKindNewestFirst(Role role) {
        Actor reader = role == Role.OWNER ? f.owner : f.member(role);

        assertThat(summary(timeline(reader, ann.id()))).containsExactlyElementsOf(EVERYTHING);
    }

    @Test
    void anAgentSeesItsAssignedWorkDraftsAndTheContactsEntriesButNoPayments() {
        assertThat(summary(timeline(agent, ann.id()))).containsExactly(
                "audit contact.updated",
                "invoice Invoice #INV-000001",
                "quote Quote #Q-000001",
                "work_item Agent visit",
                "audit contact.created");
    }

    @Test
    void itemsCarryTimeStatusAndAmount() {
        List<TimelineItemView> items = timeline(f.owner, ann.id());
        Money fifty = Money.of(new BigDecimal("50"), "USD");

        assertThat(items.get(1)).satisfies(p -> {
            assertThat(p.status()).isEqualTo("SUCCEEDED");
            assertThat(p.amount()).isEqualTo(fifty);
            assertThat(p.at()).isEqualTo(Instant.parse("2026-03-02T16:00:00Z"));
        });
        assertThat(items.get(2)).satisfies(i -> {
            assertThat(i.status()).isEqualTo("PAID");
            assertThat(i.amount()).isEqualTo(fifty);
        });
        assertThat(items.get(7)).satisfies(w -> {
            assertThat(w.status()).isEqualTo("NEW");
            assertThat(w.amount()).isNull();
            assertThat(w.at()).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
        });
        assertThat(items.get(8).status()).isNull();
    }

    @Test
    void pagesFollowAStableCursorWithoutRepeatsOrGapsWhileNewItemsArrive() {
        List<String> served = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String cursor = null;
        do {
            Page<TimelineItemView> page = f.core.timelineQueries().contactTimeline(f.owner, new ContactId(ann.id()),
                    new PageRequest(4, cursor));
            served.addAll(summary(page.items()));
            sizes.add(page.items().size());
            cursor = page.nextCursor();
            later();
            job(f.owner, ann, "Arrived while paging");
        } while (cursor != null);

        assertThat(served).containsExactlyElementsOf(EVERYTHING);
        assertThat(sizes).containsExactly(4, 4, 1);
    }

    @Test
    void aCursorNotMadeByTheTimelineIsAValidationErrorOnCursor() {
        DomainException e = catchThrowableOfType(DomainException.class, () -> f.core.timelineQueries()
                .contactTimeline(f.owner, new ContactId(ann.id()), new PageRequest(20, "bm90IGEgY3Vyc29y")));

        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
        assertThat(e.details()).singleElement().satisfies(d -> assertThat(d.field()).isEqualTo("cursor"));
    }

    @Test
    void anotherBusinessesContactADeletedContactAndAnUnknownIdAreNotFound() {
        Identity other = f.core.signUp().signUp(new SignUpCommand("Other Co", "general", "owner@other.test",
                "correct horse", "UTC", "USD"));
        Actor otherOwner = new Actor(other.tenantId(), other.userId(), other.role(), "req_other");
        ContactView gone = f.contact("Gone", "gone@example.com");
        f.core.deleteContact().delete(f.owner, new ContactId(gone.id()));

        assertThat(refusal(otherOwner, ann.id(), null)).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(refusal(f.owner, gone.id(), null)).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(refusal(f.owner, f.hub.ports().ids().newId(), null)).isEqualTo(ErrorCode.NOT_FOUND);
    }
}
