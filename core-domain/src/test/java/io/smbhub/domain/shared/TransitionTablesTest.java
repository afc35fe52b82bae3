package io.smbhub.domain.shared;

import io.smbhub.domain.invoice.InvoiceStatus;
import io.smbhub.domain.quote.QuoteStatus;
import io.smbhub.domain.workitem.WorkItemStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("The state machines of spec 12.2 as readable tables")
class TransitionTablesTest {

    @ParameterizedTest(name = "invoice {0} → {1}: {2}")
    @CsvSource({
            "DRAFT, SENT, true", "DRAFT, VOID, true", "DRAFT, PARTIALLY_PAID, true",
            "SENT, PARTIALLY_PAID, true", "SENT, PAID, true", "SENT, VOID, true", "SENT, DRAFT, false",
            "PARTIALLY_PAID, PAID, true", "PARTIALLY_PAID, VOID, false", "PARTIALLY_PAID, DRAFT, false",
            "PAID, VOID, false", "PAID, SENT, true", "PAID, PARTIALLY_PAID, true", "PARTIALLY_PAID, SENT, true",
            "DRAFT, PAID, true", "PAID, DRAFT, false", "VOID, SENT, false", "VOID, PAID, false",
    })
    void invoice(InvoiceStatus from, InvoiceStatus to, boolean allowed) {
        assertThat(InvoiceStatus.TRANSITIONS.allows(from, to)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "quote {0} → {1}: {2}")
    @CsvSource({
            "DRAFT, SENT, true", "DRAFT, APPROVED, false", "SENT, APPROVED, true", "SENT, REJECTED, true",
            "SENT, EXPIRED, true", "APPROVED, CONVERTED, true", "SENT, CONVERTED, false", "REJECTED, APPROVED, false",
            "EXPIRED, APPROVED, false", "CONVERTED, DRAFT, false", "APPROVED, REJECTED, false",
    })
    void quote(QuoteStatus from, QuoteStatus to, boolean allowed) {
        assertThat(QuoteStatus.TRANSITIONS.allows(from, to)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "work item {0} → {1}: {2}")
    @CsvSource({
            "NEW, IN_PROGRESS, true", "IN_PROGRESS, DONE, true", "NEW, DONE, false", "NEW, NEEDS_APPROVAL, true",
            "NEW, WAITING, true", "WAITING, IN_PROGRESS, true", "NEEDS_APPROVAL, DONE, true",
            "NEW, CANCELED, true", "IN_PROGRESS, CANCELED, true", "WAITING, CANCELED, true", "DONE, CANCELED, true",
            "CANCELED, NEW, false", "CANCELED, IN_PROGRESS, false", "DONE, IN_PROGRESS, false",
    })
    void workItem(WorkItemStatus from, WorkItemStatus to, boolean allowed) {
        assertThat(WorkItemStatus.TRANSITIONS.allows(from, to)).isEqualTo(allowed);
    }

    @Test
    void refusalNamesObjectFromToAndWhy() {
        assertThatThrownBy(() -> InvoiceStatus.TRANSITIONS.check("Invoice INV-000042", InvoiceStatus.VOID, InvoiceStatus.PAID,
                "a void invoice takes no payment"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION);
                    assertThat(e.getMessage()).isEqualTo(
                            "Invoice INV-000042 cannot move from VOID to PAID: a void invoice takes no payment");
                });
    }

    @Test
    void documentNumbersArePaddedToSixDigits() {
        assertThat(DocumentKind.INVOICE.format(123)).isEqualTo("INV-000123");
        assertThat(DocumentKind.QUOTE.format(45)).isEqualTo("Q-000045");
        assertThat(DocumentKind.INVOICE.format(1_234_567)).isEqualTo("INV-1234567");
    }
}
