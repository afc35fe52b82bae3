package io.smbhub.domain.invoice;

import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.LineItem;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Invoice reminders: which stage is due, advancing it, manual reminders and their refusals (issue 5)")
class InvoiceRemindersTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2026, 3, 15);
    private static final List<Integer> DEFAULT = List.of(3, 7, 14);

    private static Invoice draft() {
        return Invoice.create(new InvoiceId(UUID.randomUUID()), new TenantId(UUID.randomUUID()), "INV-000009",
                new InvoiceDetails(new ContactId(UUID.randomUUID()), "USD", LocalDate.of(2026, 3, 1), DUE,
                        List.of(new LineItem("Repair", BigDecimal.ONE, usd("100"), BigDecimal.ZERO, null)), null, null),
                null, null, new UserId(UUID.randomUUID()), NOW);
    }

    private static Money usd(String amount) {
        return Money.of(new BigDecimal(amount), "USD");
    }

    /** An invoice in {@code state}: DRAFT, SENT, PARTIALLY_PAID, PAID or VOID; events drained. */
    private static Invoice in(String state) {
        Invoice i = draft();
        if (!state.equals("DRAFT")) {
            i.send(NOW);
        }
        switch (state) {
            case "PARTIALLY_PAID" -> i.applyPayment(usd("40"), NOW);
            case "PAID" -> i.applyPayment(usd("100"), NOW);
            case "VOID" -> i.voidInvoice("mistake", NOW);
            default -> { }
        }
        i.pullEvents();
        return i;
    }

    @ParameterizedTest(name = "{0}, today {1}, at stage {2} → {3}")
    @CsvSource({
            "SENT,           2026-03-15, NONE,       none",
            "SENT,           2026-03-17, NONE,       none",
            "SENT,           2026-03-18, NONE,       REMINDER_1",
            "SENT,           2026-03-18, REMINDER_1, none",
            "SENT,           2026-03-22, REMINDER_1, REMINDER_2",
            "SENT,           2026-03-29, REMINDER_2, FINAL",
            "SENT,           2026-05-01, FINAL,      none",
            "PARTIALLY_PAID, 2026-03-18, NONE,       REMINDER_1",
            "SENT,           2026-04-01, NONE,       FINAL",
            "PAID,           2026-03-18, NONE,       none",
            "VOID,           2026-03-18, NONE,       none",
            "DRAFT,          2026-03-18, NONE,       none",
    })
    void theDueStageComesFromDaysOverdueAndTheStageReached(String state, LocalDate today, ArStage reached, String expected) {
        Invoice i = in(state);
        if (reached != ArStage.NONE) {
            for (ArStage s : ArStage.values()) {
                if (s != ArStage.NONE && s.compareTo(reached) <= 0) {
                    i.advanceArStage(s, NOW);
                }
            }
        }

        var due = i.dueReminderStage(today, DEFAULT);

        if (expected.equals("none")) {
            assertThat(due).isEmpty();
        } else {
            assertThat(due).contains(ArStage.valueOf(expected));
        }
    }

    @Test
    void advancingRecordsTheStageTheTimeAndTheEvent() {
        Invoice i = in("SENT");
        Instant at = NOW.plusSeconds(3600);

        i.advanceArStage(ArStage.REMINDER_2, at);

        assertThat(i.arStage()).isEqualTo(ArStage.REMINDER_2);
        assertThat(i.lastRemindedAt()).contains(at);
        assertThat(i.pullEvents()).singleElement().isInstanceOfSatisfying(InvoiceEvent.InvoiceReminderSent.class, e -> {
            assertThat(e.action()).isEqualTo("invoice.reminder_sent");
            assertThat(e.from()).isEqualTo(ArStage.NONE);
            assertThat(e.to()).isEqualTo(ArStage.REMINDER_2);
            assertThat(e.manual()).isFalse();
        });
    }

    @ParameterizedTest(name = "an invoice at {0} cannot go to {1}")
    @CsvSource({"REMINDER_1, REMINDER_1", "REMINDER_2, REMINDER_1", "FINAL, FINAL", "REMINDER_1, NONE"})
    void theStageNeverGoesBackOrRepeats(ArStage current, ArStage next) {
        Invoice i = in("SENT");
        i.advanceArStage(current, NOW);
        i.pullEvents();

        assertThatThrownBy(() -> i.advanceArStage(next, NOW)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION));
        assertThat(i.arStage()).isEqualTo(current);
        assertThat(i.pullEvents()).isEmpty();
    }

    @ParameterizedTest(name = "a {0} invoice is not reminded")
    @ValueSource(strings = {"DRAFT", "PAID", "VOID"})
    void closedOrUnsentInvoicesRefuseEveryReminder(String state) {
        Invoice i = in(state);
        List<Consumer<Invoice>> reminders = List.of(inv -> inv.advanceArStage(ArStage.REMINDER_1, NOW),
                inv -> inv.remindManually(NOW));

        assertThat(i.refusalToRemind()).hasValueSatisfying(r -> assertThat(r.message())
                .contains("Invoice INV-000009 is " + state));
        for (Consumer<Invoice> remind : reminders) {
            assertThatThrownBy(() -> remind.accept(i)).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION));
        }
        assertThat(i.arStage()).isEqualTo(ArStage.NONE);
        assertThat(i.lastRemindedAt()).isEmpty();
        assertThat(i.pullEvents()).isEmpty();
    }

    @Test
    void aManualReminderKeepsTheStage() {
        Invoice i = in("PARTIALLY_PAID");
        i.advanceArStage(ArStage.REMINDER_1, NOW);
        i.pullEvents();

        i.remindManually(NOW.plusSeconds(60));

        assertThat(i.arStage()).isEqualTo(ArStage.REMINDER_1);
        assertThat(i.lastRemindedAt()).contains(NOW.plusSeconds(60));
        assertThat(i.pullEvents()).singleElement().isInstanceOfSatisfying(InvoiceEvent.InvoiceReminderSent.class, e -> {
            assertThat(e.manual()).isTrue();
            assertThat(e.from()).isEqualTo(ArStage.REMINDER_1);
            assertThat(e.to()).isEqualTo(ArStage.REMINDER_1);
        });
    }
}
