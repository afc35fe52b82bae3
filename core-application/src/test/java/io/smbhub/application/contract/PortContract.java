package io.smbhub.application.contract;

import io.smbhub.application.memory.SequentialIdGenerator;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.domain.contact.Address;
import io.smbhub.domain.contact.Contact;
import io.smbhub.domain.contact.ContactDetails;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.contact.ContactStatus;
import io.smbhub.domain.contact.ContactType;
import io.smbhub.domain.invoice.Invoice;
import io.smbhub.domain.invoice.InvoiceDetails;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.quote.Quote;
import io.smbhub.domain.quote.QuoteDetails;
import io.smbhub.domain.shared.QuoteId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.LineItem;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.tenant.Tenant;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Base of the port contract suites: the same assertions run against every implementation of a port (in
 * memory and PostgreSQL). A concrete test class implements {@link #createAdapters()}, called once per class
 * on an empty store; every test makes its own tenants, so tests do not see each other's rows.
 *
 * <p>Every port call goes through {@link #in(TenantId, Supplier)} (or {@code withoutTenant} for global
 * tables), as the application calls them. Ids come from {@link SequentialIdGenerator}, so they are
 * time-ordered like production ids; times carry microseconds, the precision PostgreSQL keeps.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PortContract {

    /** A fixed moment with microsecond precision. */
    protected static final Instant T0 = Instant.parse("2026-03-02T09:15:30.123456Z");
    protected static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    protected final SequentialIdGenerator ids = new SequentialIdGenerator();
    private PortAdapters adapters;

    /** The adapters under test on an empty store. */
    protected abstract PortAdapters createAdapters();

    @BeforeAll
    final void openAdapters() {
        adapters = createAdapters();
    }

    @AfterAll
    final void closeAdapters() throws Exception {
        if (adapters != null) {
            adapters.close();
        }
    }

    protected final PortAdapters adapters() {
        return adapters;
    }

    protected final TransactionRunner tx() {
        return adapters.tx();
    }

    /** Runs {@code work} in a transaction of {@code tenant} and returns its result. */
    protected final <T> T in(TenantId tenant, Supplier<T> work) {
        return tx().inTenant(tenant, work);
    }

    /** Runs {@code work} in a transaction of {@code tenant}. */
    protected final void run(TenantId tenant, Runnable work) {
        tx().inTenant(tenant, () -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} in a transaction of {@code tenant} that then fails, so everything it did rolls back. */
    protected final void runAndRollBack(TenantId tenant, Runnable work) {
        IllegalStateException failure = new IllegalStateException("roll back");
        Throwable thrown = catchThrowable(() -> tx().inTenant(tenant, () -> {
            work.run();
            throw failure;
        }));
        assertThat(thrown).isSameAs(failure);
    }

    /** Asserts that {@code call} throws {@code DomainException} with {@code CONFLICT}; returns it. */
    protected static DomainException assertConflict(ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(DomainException.class);
        DomainException e = (DomainException) thrown;
        assertThat(e.code()).as("error code of: %s", e.getMessage()).isEqualTo(ErrorCode.CONFLICT);
        return e;
    }

    // ---------------------------------------------------------------- fixtures

    protected final UUID newId() {
        return ids.newId();
    }

    protected final UserId newUserId() {
        return new UserId(ids.newId());
    }

    /** A stored tenant (tenant tables may require their tenant to exist). */
    protected final TenantId newTenant() {
        TenantId id = new TenantId(ids.newId());
        Tenant tenant = Tenant.create(id, "Business " + id, "general", "Asia/Jakarta", "USD", null, T0);
        tx().withoutTenant(() -> {
            adapters.tenants().insert(tenant);
            return null;
        });
        return id;
    }

    protected static ContactDetails contactDetails(String name) {
        return new ContactDetails(ContactType.CUSTOMER, name, null, null, null, Address.EMPTY, List.of(), null,
                ContactStatus.ACTIVE);
    }

    /** A stored contact named {@code name}, at version 1. */
    protected final Contact newContact(TenantId tenant, String name) {
        return newContact(tenant, contactDetails(name));
    }

    protected final Contact newContact(TenantId tenant, ContactDetails details) {
        Contact contact = Contact.create(new ContactId(ids.newId()), tenant, details, newUserId(), T0);
        return in(tenant, () -> {
            adapters.contacts().save(contact);
            return adapters.contacts().findById(tenant, contact.id()).orElseThrow();
        });
    }

    protected static Money usd(String amount) {
        return Money.of(new BigDecimal(amount), "USD");
    }

    /** Two lines with awkward scales: qty {@code 2.50}, tax rate {@code 11.0}, a discount, and a tax-free line. */
    protected static List<LineItem> lines(String currency) {
        return List.of(
                new LineItem("Design work", new BigDecimal("2.50"), Money.of(new BigDecimal("120"), currency),
                        new BigDecimal("11.0"), Money.of(new BigDecimal("5.25"), currency)),
                new LineItem("Hosting", new BigDecimal("1"), Money.of(new BigDecimal("19.99"), currency),
                        BigDecimal.ZERO, null));
    }

    /** A DRAFT invoice numbered {@code number} for {@code contact} (may be null), not saved. */
    protected final Invoice draftInvoice(TenantId tenant, String number, ContactId contact, String currency,
                                         List<LineItem> lines, LocalDate dueDate) {
        InvoiceDetails details = new InvoiceDetails(contact, currency, dueDate == null ? null : dueDate.minusDays(14),
                dueDate, lines, "Thank you", "Net 14");
        return Invoice.create(new InvoiceId(ids.newId()), tenant, number, details, null, null, newUserId(), T0);
    }

    /** A stored DRAFT USD invoice for {@code contact}, at version 1. */
    protected final Invoice newInvoice(TenantId tenant, String number, ContactId contact) {
        Invoice invoice = draftInvoice(tenant, number, contact, "USD", lines("USD"), TODAY.plusDays(14));
        return in(tenant, () -> {
            adapters.invoices().save(invoice);
            return adapters.invoices().findById(tenant, invoice.id()).orElseThrow();
        });
    }

    /** A stored DRAFT USD quote for {@code contact}, at version 1. */
    protected final Quote newQuote(TenantId tenant, String number, ContactId contact) {
        Quote quote = Quote.create(new QuoteId(ids.newId()), tenant, number,
                new QuoteDetails(contact, "USD", TODAY, TODAY.plusDays(30), lines("USD"), null, null), null, newUserId(), T0);
        return in(tenant, () -> {
            adapters.quotes().save(quote);
            return adapters.quotes().findById(tenant, quote.id()).orElseThrow();
        });
    }

    protected static Instant at(Duration afterT0) {
        return T0.plus(afterT0);
    }

    /** One keyset page: rows strictly older than {@code afterId} (null = newest), at most {@code limit}. */
    @FunctionalInterface
    protected interface PageFetch<T> {
        List<T> fetch(UUID afterId, int limit);
    }

    /**
     * Walks every page of {@code fetch} with {@code pageSize}, running {@code betweenPages} after each page,
     * and returns the ids in the order served. Asserts each page is at most {@code pageSize} long.
     */
    protected static <T> List<UUID> walkPages(PageFetch<T> fetch, Function<T, UUID> idOf, int pageSize,
                                              Runnable betweenPages) {
        List<UUID> served = new ArrayList<>();
        UUID after = null;
        for (int guard = 0; guard < 1000; guard++) {
            List<T> page = fetch.fetch(after, pageSize);
            assertThat(page).hasSizeLessThanOrEqualTo(pageSize);
            page.forEach(row -> served.add(idOf.apply(row)));
            if (page.size() < pageSize) {
                return served;
            }
            after = idOf.apply(page.get(page.size() - 1));
            betweenPages.run();
        }
        throw new AssertionError("pagination did not end");
    }

    /** {@code idsInCreationOrder} newest first, the order lists serve (ids are time-ordered). */
    protected static List<UUID> newestFirst(List<UUID> idsInCreationOrder) {
        List<UUID> reversed = new ArrayList<>(idsInCreationOrder);
        Collections.reverse(reversed);
        return reversed;
    }
}
