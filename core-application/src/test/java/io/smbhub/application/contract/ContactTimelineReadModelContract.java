package io.smbhub.application.contract;

import io.smbhub.application.port.out.AuditEntry;
import io.smbhub.application.port.out.ContactTimelineReadModel;
import io.smbhub.application.port.out.ContactTimelineReadModel.Entry;
import io.smbhub.application.port.out.ContactTimelineReadModel.Kind;
import io.smbhub.application.port.out.ContactTimelineReadModel.Position;
import io.smbhub.application.port.out.ContactTimelineReadModel.Scope;
import io.smbhub.domain.contact.Contact;
import io.smbhub.domain.invoice.Invoice;
import io.smbhub.domain.invoice.InvoiceDetails;
import io.smbhub.domain.payment.Payment;
import io.smbhub.domain.payment.PaymentProvider;
import io.smbhub.domain.quote.Quote;
import io.smbhub.domain.quote.QuoteDetails;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.PaymentId;
import io.smbhub.domain.shared.QuoteId;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.shared.WorkItemId;
import io.smbhub.domain.workitem.WorkItem;
import io.smbhub.domain.workitem.WorkItemDetails;
import io.smbhub.domain.workitem.WorkItemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract of {@link ContactTimelineReadModel}: which rows belong to a contact, the scope that hides rows,
 * the {@code (at desc, kind, id)} order including ties, and keyset pages that neither repeat nor skip.
 */
public abstract class ContactTimelineReadModelContract extends PortContract {

    private ContactTimelineReadModel timeline;

    /** The read model under test, reading the same store as {@code adapters}. */
    protected abstract ContactTimelineReadModel timelineOn(PortAdapters adapters);

    private ContactTimelineReadModel timeline() {
        if (timeline == null) {
            timeline = timelineOn(adapters());
        }
        return timeline;
    }

    private static final Scope EVERYTHING = new Scope(EnumSet.allOf(Kind.class), null, false);

    /**
     * One contact with two work items (one assigned to alice), a draft and a sent quote, a draft and a sent
     * invoice, a payment of the sent invoice and two audit entries, each an hour apart; then at one shared
     * moment an audit entry, a quote and two work items (ties). Around it: another contact's rows, an audit
     * entry of another entity type carrying the contact's id, and a contact with the same id in another tenant.
     */
    private record Book(TenantId tenant, ContactId contact, UserId alice, Map<String, UUID> ids, Map<UUID, String> names,
                        Instant tie) {
        List<String> namesOf(List<Entry> rows) {
            return rows.stream().map(e -> names.getOrDefault(e.id(), "unknown " + e.kind())).toList();
        }
    }

    private Instant hour(int h) {
        return at(Duration.ofHours(h));
    }

    private Book book() {
        TenantId tenant = newTenant();
        Contact contact = newContact(tenant, "John Smith");
        ContactId c = contact.id();
        ContactId otherContact = newContact(tenant, "Jane Doe").id();
        UserId alice = newUserId();
        UserId bob = newUserId();
        Map<String, UUID> ids = new HashMap<>();

        ids.put("w1 alice", workItem(tenant, c, "Fix faucet", alice, hour(1)));
        ids.put("w2 bob", workItem(tenant, c, "Install boiler", bob, hour(2)));
        ids.put("q1 draft", quote(tenant, c, "Q-000001", false, hour(3)));
        ids.put("q2 sent", quote(tenant, c, "Q-000002", true, hour(4)));
        ids.put("i1 draft", invoice(tenant, c, "INV-000001", false, hour(5)));
        InvoiceId sent = new InvoiceId(invoice(tenant, c, "INV-000002", true, hour(6)));
        ids.put("i2 sent", sent.value());
        ids.put("p1", payment(tenant, sent, "10.00", hour(7)));
        ids.put("a1 created", audit(tenant, "contact", c.value(), "contact.created", hour(8)));
        ids.put("a2 updated", audit(tenant, "contact", c.value(), "contact.updated", hour(9)));
        Instant tie = hour(10);
        ids.put("t audit", audit(tenant, "contact", c.value(), "contact.updated", tie));
        ids.put("t quote", quote(tenant, c, "Q-000003", false, tie));
        ids.put("t work A", workItem(tenant, c, "Tie A", null, tie));
        ids.put("t work B", workItem(tenant, c, "Tie B", null, tie));

        workItem(tenant, otherContact, "Not John's", null, hour(1));
        InvoiceId othersInvoice = new InvoiceId(invoice(tenant, otherContact, "INV-000003", true, hour(2)));
        payment(tenant, othersInvoice, "5.00", hour(3));
        audit(tenant, "contact", otherContact.value(), "contact.created", hour(4));
        audit(tenant, "invoice", c.value(), "invoice.created", hour(5));
        TenantId elsewhere = newTenant();
        Contact twin = Contact.create(c, elsewhere, contactDetails("Twin"), null, T0);
        run(elsewhere, () -> adapters().contacts().save(twin));
        workItem(elsewhere, c, "Another business's job", null, hour(3));
        audit(elsewhere, "contact", c.value(), "contact.created", hour(3));

        Map<UUID, String> names = new HashMap<>();
        ids.forEach((name, id) -> names.put(id, name));
        return new Book(tenant, c, alice, ids, names, tie);
    }

    private UUID workItem(TenantId tenant, ContactId contact, String title, UserId assignee, Instant at) {
        WorkItem item = WorkItem.create(new WorkItemId(newId()), tenant,
                new WorkItemDetails(WorkItemType.JOB, title, null, null, contact, null, null), assignee, null, newUserId(), at);
        run(tenant, () -> adapters().workItems().save(item));
        return item.id().value();
    }

    private UUID quote(TenantId tenant, ContactId contact, String number, boolean sent, Instant at) {
        Quote quote = Quote.create(new QuoteId(newId()), tenant, number,
                new QuoteDetails(contact, "USD", TODAY, TODAY.plusDays(30), lines("USD"), null, null), null, newUserId(), at);
        if (sent) {
            quote.send(at.plusSeconds(60));
        }
        run(tenant, () -> adapters().quotes().save(quote));
        return quote.id().value();
    }

    private UUID invoice(TenantId tenant, ContactId contact, String number, boolean sent, Instant at) {
        Invoice invoice = Invoice.create(new InvoiceId(newId()), tenant, number,
                new InvoiceDetails(contact, "USD", TODAY, TODAY.plusDays(14), lines("USD"), null, null), null, null,
                newUserId(), at);
        if (sent) {
            invoice.send(at.plusSeconds(60));
        }
        run(tenant, () -> adapters().invoices().save(invoice));
        return invoice.id().value();
    }

    private UUID payment(TenantId tenant, InvoiceId invoice, String amount, Instant at) {
        Payment payment = Payment.manual(new PaymentId(newId()), tenant, invoice, PaymentProvider.CASH, null, usd(amount),
                at, null, newUserId(), at);
        run(tenant, () -> adapters().payments().save(payment));
        return payment.id().value();
    }

    private UUID audit(TenantId tenant, String entityType, UUID entityId, String action, Instant at) {
        AuditEntry entry = new AuditEntry(newId(), tenant, newUserId(), action, entityType, entityId, null, null, "r", at);
        run(tenant, () -> adapters().auditLog().append(entry));
        return entry.id();
    }

    private List<Entry> list(Book b, Scope scope, Position after, int limit) {
        return in(b.tenant(), () -> timeline().list(b.tenant(), b.contact(), scope, after, limit));
    }

    /** The two tied work items in the order the contract demands: id ascending, unsigned. */
    private static List<String> tiedWorkItems(Book b) {
        UUID a = b.ids().get("t work A");
        UUID c = b.ids().get("t work B");
        boolean aFirst = Long.compareUnsigned(a.getMostSignificantBits(), c.getMostSignificantBits()) < 0
                || (a.getMostSignificantBits() == c.getMostSignificantBits()
                && Long.compareUnsigned(a.getLeastSignificantBits(), c.getLeastSignificantBits()) < 0);
        return aFirst ? List.of("t work A", "t work B") : List.of("t work B", "t work A");
    }

    private static List<String> everythingNewestFirst(Book b) {
        List<String> expected = new ArrayList<>(List.of("t audit", "t quote"));
        expected.addAll(tiedWorkItems(b));
        expected.addAll(List.of("a2 updated", "a1 created", "p1", "i2 sent", "i1 draft", "q2 sent", "q1 draft",
                "w2 bob", "w1 alice"));
        return expected;
    }

    @Test
    void everyLinkedRowOfTheContactIsListedNewestFirstWithTiesByKindThenId() {
        Book b = book();

        List<Entry> rows = list(b, EVERYTHING, null, 100);

        assertThat(b.namesOf(rows)).containsExactlyElementsOf(everythingNewestFirst(b));
    }

    @Test
    void rowsCarryTheirKindTimeLabelStatusAndAmount() {
        Book b = book();

        Map<String, Entry> byName = new HashMap<>();
        list(b, EVERYTHING, null, 100).forEach(e -> byName.put(b.names().get(e.id()), e));

        Invoice sent = in(b.tenant(), () -> adapters().invoices().findById(b.tenant(), new InvoiceId(b.ids().get("i2 sent"))))
                .orElseThrow();
        assertThat(byName.get("w1 alice")).isEqualTo(new Entry(Kind.WORK_ITEM, b.ids().get("w1 alice"), hour(1),
                "Fix faucet", "NEW", null));
        assertThat(byName.get("q2 sent")).isEqualTo(new Entry(Kind.QUOTE, b.ids().get("q2 sent"), hour(4), "Q-000002",
                "SENT", sent.totals().total()));
        assertThat(byName.get("i2 sent")).isEqualTo(new Entry(Kind.INVOICE, b.ids().get("i2 sent"), hour(6), "INV-000002",
                "SENT", sent.totals().total()));
        assertThat(byName.get("p1")).isEqualTo(new Entry(Kind.PAYMENT, b.ids().get("p1"), hour(7), "INV-000002",
                "SUCCEEDED", usd("10.00")));
        assertThat(byName.get("a2 updated")).isEqualTo(new Entry(Kind.AUDIT, b.ids().get("a2 updated"), hour(9),
                "contact.updated", null, null));
    }

    Stream<Arguments> scopeRows() {
        return Stream.of(
                Arguments.of("audit entries only", EnumSet.of(Kind.AUDIT), false, false,
                        List.of("t audit", "a2 updated", "a1 created")),
                Arguments.of("documents only", EnumSet.of(Kind.QUOTE, Kind.INVOICE), false, false,
                        List.of("t quote", "i2 sent", "i1 draft", "q2 sent", "q1 draft")),
                Arguments.of("drafts only", EnumSet.of(Kind.QUOTE, Kind.INVOICE), false, true,
                        List.of("t quote", "i1 draft", "q1 draft")),
                Arguments.of("payments only", EnumSet.of(Kind.PAYMENT), false, false, List.of("p1")),
                Arguments.of("work items assigned to alice", EnumSet.of(Kind.WORK_ITEM), true, false, List.of("w1 alice")),
                Arguments.of("nothing", EnumSet.noneOf(Kind.class), false, false, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scopeRows")
    void theScopeHidesKindsOtherAssigneesAndNonDrafts(String name, Set<Kind> kinds, boolean aliceOnly, boolean draftsOnly,
                                                      List<String> expected) {
        Book b = book();

        List<Entry> rows = list(b, new Scope(kinds, aliceOnly ? b.alice() : null, draftsOnly), null, 100);

        assertThat(b.namesOf(rows)).containsExactlyElementsOf(expected);
    }

    @Test
    void keysetPagesFromAnyPositionContinueRightAfterItEvenThroughTies() {
        Book b = book();
        List<String> served = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        Position after = null;
        for (int guard = 0; guard < 20; guard++) {
            List<Entry> page = list(b, EVERYTHING, after, 2);
            served.addAll(b.namesOf(page));
            sizes.add(page.size());
            if (page.size() < 2) {
                break;
            }
            after = page.get(page.size() - 1).position();
            if (guard == 0) {
                workItem(b.tenant(), b.contact(), "Added while paging", null, b.tie().plusSeconds(3600));
            }
        }

        assertThat(served).containsExactlyElementsOf(everythingNewestFirst(b));
        assertThat(sizes).containsExactly(2, 2, 2, 2, 2, 2, 1);
    }

    @Test
    void aPositionInsideATieSkipsOnlyTheRowsBeforeIt() {
        Book b = book();
        Position afterQuote = new Position(b.tie(), Kind.QUOTE, b.ids().get("t quote"));

        List<Entry> rows = list(b, EVERYTHING, afterQuote, 3);

        List<String> expected = new ArrayList<>(tiedWorkItems(b));
        expected.add("a2 updated");
        assertThat(b.namesOf(rows)).containsExactlyElementsOf(expected);
    }
}
