package io.smbhub.domain.quote;

import io.smbhub.domain.shared.QuoteId;

import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FieldError;
import io.smbhub.domain.shared.LineItem;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuoteTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static Quote quote(ContactId contact, List<LineItem> lines, LocalDate expiry) {
        return Quote.create(new QuoteId(UUID.randomUUID()), new TenantId(UUID.randomUUID()), "Q-000001",
                new QuoteDetails(contact, "USD", LocalDate.of(2026, 3, 1), expiry, lines, null, null), null,
                new UserId(UUID.randomUUID()), NOW);
    }

    private static List<LineItem> oneLine() {
        return List.of(new LineItem("Service", BigDecimal.ONE, Money.of(new BigDecimal("120"), "USD"), null, null));
    }

    @Test
    void sendNeedsContactLinesAndPositiveTotal() {
        Quote q = quote(null, List.of(), null);
        assertThatThrownBy(() -> q.send(NOW)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.details()).extracting(FieldError::field).containsExactlyInAnyOrder("contact_id", "line_items"));
        assertThat(q.status()).isEqualTo(QuoteStatus.DRAFT);
    }

    @Test
    void approveThenConvertOnce() {
        Quote q = quote(new ContactId(UUID.randomUUID()), oneLine(), LocalDate.of(2026, 3, 31));
        q.send(NOW);
        q.approve(LocalDate.of(2026, 3, 31), NOW);
        InvoiceId invoice = new InvoiceId(UUID.randomUUID());
        q.markConverted(invoice, NOW);
        assertThat(q.status()).isEqualTo(QuoteStatus.CONVERTED);
        assertThat(q.convertedInvoiceId()).contains(invoice);
        assertThatThrownBy(() -> q.markConverted(invoice, NOW)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION));
    }

    @Test
    void anExpiredQuoteCannotBeApproved() {
        Quote q = quote(new ContactId(UUID.randomUUID()), oneLine(), LocalDate.of(2026, 3, 10));
        q.send(NOW);
        assertThatThrownBy(() -> q.approve(LocalDate.of(2026, 3, 11), NOW)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION);
            assertThat(e.getMessage()).contains("expired on 2026-03-10");
        });
        assertThat(q.status()).isEqualTo(QuoteStatus.SENT);
    }

    @Test
    void aDraftCannotBeApprovedOrConverted() {
        Quote q = quote(new ContactId(UUID.randomUUID()), oneLine(), null);
        assertThatThrownBy(() -> q.approve(LocalDate.of(2026, 3, 1), NOW)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getMessage()).isEqualTo("Quote Q-000001 cannot move from DRAFT to APPROVED: only a SENT quote can be approved"));
        assertThatThrownBy(q::requireConvertible).isInstanceOf(DomainException.class);
    }

    @Test
    void rejectionKeepsTheReason() {
        Quote q = quote(new ContactId(UUID.randomUUID()), oneLine(), null);
        q.send(NOW);
        q.reject("  too expensive ", NOW);
        assertThat(q.status()).isEqualTo(QuoteStatus.REJECTED);
        assertThat(q.rejectionReason()).contains("too expensive");
    }
}
