package io.smbhub.application.service;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.application.port.in.SendDocumentCommand;
import io.smbhub.application.port.in.contact.ContactPatch;
import io.smbhub.application.port.in.contact.ContactView;
import io.smbhub.application.port.in.contact.UpdateContactCommand;
import io.smbhub.application.port.in.inbox.MessageView;
import io.smbhub.application.port.in.invoice.InvoiceDraft;
import io.smbhub.application.port.in.invoice.InvoiceView;
import io.smbhub.application.port.in.invoice.RemindInvoiceUseCase.ReminderView;
import io.smbhub.application.port.in.payment.RecordPaymentCommand;
import io.smbhub.application.port.in.workitem.WorkItemQueries;
import io.smbhub.application.port.in.workitem.WorkItemView;
import io.smbhub.application.port.out.JobQueue;
import io.smbhub.application.port.out.OutgoingEmail;
import io.smbhub.domain.invoice.ArStage;
import io.smbhub.domain.payment.PaymentProvider;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.tenant.Role;
import io.smbhub.domain.workitem.WorkItemSource;
import io.smbhub.domain.workitem.WorkItemType;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

@DisplayName("Collections: automated reminders once per stage in the tenant's timezone, and the manual reminder (issue 5)")
class CollectionsServiceTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final CoreFixture f = new CoreFixture("owner@plumbing.test", "Asia/Jakarta");
    private final ContactView john = f.contact("John Smith", "john@example.com");
    /** Day 0: the due date, the business's today (2026-03-02 16:00 in Jakarta when the clock starts). */
    private final LocalDate day0 = LocalDate.ofInstant(f.hub.clock().now(), JAKARTA);

    /** One reminder email sent during the simulation: when (UTC), the business's date then, and its template. */
    private record Sent(Instant at, LocalDate localDate, String purpose, OutgoingEmail email) {
    }

    /** A SENT invoice of 200 USD due on day 0; its own email already delivered. */
    private InvoiceView overdueInvoice() {
        InvoiceView draft = f.core.createInvoice().create(f.owner, new InvoiceDraft(new ContactId(john.id()), null,
                day0.minusDays(14), day0, List.of(CoreFixture.line("Repair", "1", "200")), null, null));
        InvoiceView sent = f.core.sendInvoice().send(f.owner, new SendDocumentCommand(draft.id(), null, null));
        f.deliver();
        return sent;
    }

    /**
     * Simulates {@code days} days hour by hour: each hour two schedulers evaluate due reminders and the workers run
     * every due job; {@code onDay} runs at the start of each simulated day (day 1 first). Returns the reminder emails.
     */
    private List<Sent> simulate(int days, IntConsumer onDay) {
        int before = f.hub.email().emails().size();
        List<Instant> sentAt = new ArrayList<>();
        for (int hour = 1; hour <= days * 24; hour++) {
            if (hour % 24 == 1) {
                onDay.accept(hour / 24 + 1);
            }
            f.hub.clock().advance(Duration.ofHours(1));
            f.core.collections().evaluateDueReminders();
            f.core.collections().evaluateDueReminders();
            int sentBefore = f.hub.email().emails().size();
            f.deliver();
            for (int i = sentBefore; i < f.hub.email().emails().size(); i++) {
                sentAt.add(f.hub.clock().now());
            }
        }
        List<OutgoingEmail> emails = f.hub.email().emails();
        Map<String, String> purposeById = f.allMessages().stream()
                .collect(Collectors.toMap(MessageView::internetMessageId, MessageView::purpose));
        List<Sent> out = new ArrayList<>();
        for (int i = before; i < emails.size(); i++) {
            Instant at = sentAt.get(i - before);
            out.add(new Sent(at, LocalDate.ofInstant(at, JAKARTA), purposeById.get(emails.get(i).messageId()), emails.get(i)));
        }
        return out;
    }

    private InvoiceView invoice(InvoiceView v) {
        return f.core.invoiceQueries().get(f.owner, new InvoiceId(v.id()));
    }

    private List<WorkItemView> workItems() {
        return f.core.workItemQueries().list(f.owner, new WorkItemQueries.ListQuery(null, null, null, null, null,
                PageRequest.first())).items();
    }

    private List<JobQueue.Job> reminderJobs() {
        return f.hub.jobs().all().stream().filter(j -> j.kind() == JobQueue.Kind.AR_REMINDER_SEND).toList();
    }

    /** Midnight of {@code date} in Jakarta, as UTC: the first hour a reminder of that date may leave. */
    private static Instant jakartaMidnight(LocalDate date) {
        return date.atStartOfDay(JAKARTA).toInstant();
    }

    private static ErrorCode codeOf(ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(DomainException.class);
        return ((DomainException) thrown).code();
    }

    @Nested
    @DisplayName("automated reminders over 20 simulated days")
    class Automated {

        @Test
        void threeRemindersOnDays3_7And14InJakartaThenACollectionWorkItem() {
            InvoiceView invoice = overdueInvoice();

            List<Sent> reminders = simulate(20, day -> { });

            assertThat(reminders).extracting(Sent::purpose)
                    .containsExactly("ar_reminder_1", "ar_reminder_2", "ar_reminder_final");
            assertThat(reminders).extracting(Sent::localDate)
                    .containsExactly(day0.plusDays(3), day0.plusDays(7), day0.plusDays(14));
            assertThat(reminders).extracting(Sent::at).as("sent in the first hour of the business's day, not UTC's")
                    .containsExactly(jakartaMidnight(day0.plusDays(3)), jakartaMidnight(day0.plusDays(7)),
                            jakartaMidnight(day0.plusDays(14)));
            assertThat(reminders.get(0).email().subject()).isEqualTo("Reminder: invoice INV-000001 is due");
            assertThat(reminders.get(1).email().subject()).isEqualTo("Second reminder: invoice INV-000001 is 7 days overdue");
            assertThat(reminders.get(2).email().subject()).isEqualTo("Final reminder: invoice INV-000001 (200.00 USD overdue)");
            assertThat(reminders).allSatisfy(r -> {
                assertThat(r.email().to()).extracting(OutgoingEmail.Address::address).containsExactly("john@example.com");
                assertThat(r.email().text()).contains("http://localhost:8080/portal/invoices/");
                assertThat(r.email().attachments()).singleElement()
                        .satisfies(a -> assertThat(a.filename()).isEqualTo("INV-000001.txt"));
            });
            assertThat(invoice(invoice).arStage()).isEqualTo(ArStage.FINAL);
            assertThat(invoice(invoice).lastRemindedAt()).isEqualTo(reminders.get(2).at());
            assertThat(reminderJobs()).hasSize(3).allSatisfy(j -> assertThat(j.status()).isEqualTo(JobQueue.Status.SUCCEEDED));
            assertThat(workItems()).singleElement().satisfies(w -> {
                assertThat(w.type()).isEqualTo(WorkItemType.COLLECTION);
                assertThat(w.invoiceId()).isEqualTo(invoice.id());
                assertThat(w.contactId()).isEqualTo(john.id());
                assertThat(w.source()).isEqualTo(WorkItemSource.AUTOMATION);
                assertThat(w.title()).contains("INV-000001", "200.00 USD");
            });
        }

        @Test
        void remindersThreadIntoTheInvoiceConversation() {
            overdueInvoice();

            List<Sent> reminders = simulate(15, day -> { });

            assertThat(f.conversations(f.owner)).hasSize(1);
            assertThat(reminders.get(0).email().inReplyTo()).isNotNull();
            assertThat(reminders.get(2).email().references()).hasSize(3);
        }

        @ParameterizedTest(name = "{0} on day 5 stops the sequence after the first reminder")
        @ValueSource(strings = {"paying", "voiding"})
        void payingOrVoidingStopsTheSequence(String how) {
            InvoiceView invoice = overdueInvoice();

            List<Sent> reminders = simulate(20, day -> {
                if (day == 5 && how.equals("paying")) {
                    f.core.recordPayment().record(f.owner, new RecordPaymentCommand(new InvoiceId(invoice.id()),
                            PaymentProvider.BANK, new BigDecimal("200.00"), null, null, "TRX-9", null));
                } else if (day == 5) {
                    f.core.voidInvoice().voidInvoice(f.owner, new InvoiceId(invoice.id()), "Written off");
                }
            });

            assertThat(reminders).extracting(Sent::purpose).containsExactly("ar_reminder_1");
            assertThat(invoice(invoice).arStage()).isEqualTo(ArStage.REMINDER_1);
            assertThat(workItems()).isEmpty();
        }

        @Test
        void aPartPaymentDoesNotStopIt() {
            InvoiceView invoice = overdueInvoice();

            List<Sent> reminders = simulate(8, day -> {
                if (day == 5) {
                    f.core.recordPayment().record(f.owner, new RecordPaymentCommand(new InvoiceId(invoice.id()),
                            PaymentProvider.CASH, new BigDecimal("50.00"), null, null, null, null));
                }
            });

            assertThat(reminders).extracting(Sent::purpose).containsExactly("ar_reminder_1", "ar_reminder_2");
            assertThat(reminders.get(1).email().text()).contains("150.00 USD is still due");
        }

        @Test
        void noRemindersWhenTheProfileSwitchesThemOff() {
            f.core.updateProfile().patchOverrides(f.owner,
                    Map.of("automations", Map.of("ar_reminders", Map.of("enabled", false))), null);
            InvoiceView invoice = overdueInvoice();

            List<Sent> reminders = simulate(20, day -> { });

            assertThat(reminders).isEmpty();
            assertThat(reminderJobs()).isEmpty();
            assertThat(invoice(invoice).arStage()).isEqualTo(ArStage.NONE);
            assertThat(workItems()).isEmpty();
        }

        @Test
        void aTwoDayScheduleSendsAFirstAndAFinalReminder() {
            f.core.updateProfile().patchOverrides(f.owner,
                    Map.of("automations", Map.of("ar_reminders", Map.of("days_after_due", List.of(2, 5)))), null);
            overdueInvoice();

            List<Sent> reminders = simulate(8, day -> { });

            assertThat(reminders).extracting(Sent::purpose).containsExactly("ar_reminder_1", "ar_reminder_final");
            assertThat(reminders).extracting(Sent::localDate).containsExactly(day0.plusDays(2), day0.plusDays(5));
        }

        @Test
        void anInvoiceAlreadyLongOverdueGetsOnlyTheLatestStageNotABurst() {
            InvoiceView invoice = overdueInvoice();
            f.hub.clock().advance(Duration.ofDays(10));

            List<Sent> reminders = simulate(1, day -> { });

            assertThat(reminders).extracting(Sent::purpose).containsExactly("ar_reminder_2");
            assertThat(invoice(invoice).arStage()).isEqualTo(ArStage.REMINDER_2);
        }

        @Test
        void aReminderThatCannotBeWrittenRollsBackTheStageAndQueuesNothing() {
            InvoiceView invoice = overdueInvoice();
            f.core.updateContact().update(f.owner, new UpdateContactCommand(new ContactId(john.id()), null,
                    new ContactPatch(null, null, null, "", null, null, null, null, null, null, null, null, null, null)));
            int messages = f.allMessages().size();

            List<Sent> reminders = simulate(4, day -> { });

            assertThat(reminders).isEmpty();
            assertThat(invoice(invoice).arStage()).as("the stage change rolled back with the email").isEqualTo(ArStage.NONE);
            assertThat(f.allMessages()).hasSize(messages);
            assertThat(reminderJobs()).singleElement().satisfies(j -> {
                assertThat(j.status()).isEqualTo(JobQueue.Status.FAILED);
                assertThat(j.lastError()).contains("no email address");
            });
        }

        @Test
        void aJobForAStageAlreadyReachedChangesNothing() {
            InvoiceView invoice = overdueInvoice();
            simulate(4, day -> { });
            assertThat(invoice(invoice).arStage()).isEqualTo(ArStage.REMINDER_1);
            JobQueue.Job done = reminderJobs().get(0);

            f.hub.jobs().enqueueFor(f.owner.tenantId(), JobQueue.Kind.AR_REMINDER_SEND, done.idempotencyKey() + ":again",
                    done.payload(), f.hub.clock().now());
            int emails = f.hub.email().emails().size();
            f.deliver();

            assertThat(f.hub.email().emails()).hasSize(emails);
            assertThat(invoice(invoice).arStage()).isEqualTo(ArStage.REMINDER_1);
        }
    }

    @Nested
    @DisplayName("the manual reminder")
    class Manual {

        @Test
        void aReminderIsQueuedAtOnceAndSentWithTheManualTemplate() {
            InvoiceView invoice = overdueInvoice();

            ReminderView reminder = f.core.remindInvoice().remind(f.owner, new InvoiceId(invoice.id()));

            assertThat(reminder.invoiceId()).isEqualTo(invoice.id());
            assertThat(reminder.remindedAt()).isEqualTo(f.hub.clock().now());
            assertThat(f.core.jobQueries().get(f.owner, reminder.jobId())).satisfies(j -> {
                assertThat(j.kind()).isEqualTo("EMAIL_SEND");
                assertThat(j.status()).isEqualTo("QUEUED");
            });
            assertThat(f.messages(f.owner, reminder.conversationId())).extracting(MessageView::id).contains(reminder.messageId());

            List<OutgoingEmail> emails = f.deliver();

            assertThat(emails.get(emails.size() - 1)).satisfies(e -> {
                assertThat(e.subject()).isEqualTo("Payment reminder: invoice INV-000001");
                assertThat(e.text()).contains("200.00 USD due", "http://localhost:8080/portal/invoices/");
                assertThat(e.attachments()).hasSize(1);
            });
            assertThat(f.core.jobQueries().get(f.owner, reminder.jobId()).status()).isEqualTo("SUCCEEDED");
            InvoiceView after = invoice(invoice);
            assertThat(after.arStage()).as("a manual reminder is not a stage").isEqualTo(ArStage.NONE);
            assertThat(after.lastRemindedAt()).isEqualTo(reminder.remindedAt());
        }

        @Test
        void aSecondReminderWithinAnHourIsRateLimited() {
            InvoiceView invoice = overdueInvoice();
            f.core.remindInvoice().remind(f.owner, new InvoiceId(invoice.id()));
            f.hub.clock().advance(Duration.ofMinutes(59));

            Throwable tooSoon = catchThrowable(() -> f.core.remindInvoice().remind(f.owner, new InvoiceId(invoice.id())));

            assertThat(tooSoon).isInstanceOfSatisfying(DomainException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED);
                assertThat(e.getMessage()).contains("INV-000001", "1 minute");
            });
            f.hub.clock().advance(Duration.ofMinutes(1));
            f.core.remindInvoice().remind(f.owner, new InvoiceId(invoice.id()));
            assertThat(f.deliver()).filteredOn(e -> e.subject().startsWith("Payment reminder")).hasSize(2);
        }

        @Test
        void remindIsOfferedOnlyForAnOpenInvoiceWithMoneyDue() {
            InvoiceView draft = f.draftInvoice(john, "100");
            InvoiceView sent = overdueInvoice();

            assertThat(draft.allowedActions()).doesNotContain("remind");
            assertThat(codeOf(() -> f.core.remindInvoice().remind(f.owner, new InvoiceId(draft.id()))))
                    .isEqualTo(ErrorCode.INVALID_TRANSITION);
            assertThat(invoice(sent).allowedActions()).contains("remind");

            f.core.recordPayment().record(f.owner, new RecordPaymentCommand(new InvoiceId(sent.id()), PaymentProvider.CASH,
                    new BigDecimal("50"), null, null, null, null));
            assertThat(invoice(sent).allowedActions()).as("partly paid").contains("remind");

            f.core.recordPayment().record(f.owner, new RecordPaymentCommand(new InvoiceId(sent.id()), PaymentProvider.CASH,
                    new BigDecimal("150"), null, null, null, null));
            assertThat(invoice(sent).allowedActions()).as("paid").doesNotContain("remind");
            assertThat(codeOf(() -> f.core.remindInvoice().remind(f.owner, new InvoiceId(sent.id()))))
                    .isEqualTo(ErrorCode.INVALID_TRANSITION);
        }

        @Test
        void aVoidInvoiceIsNotReminded() {
            InvoiceView invoice = overdueInvoice();
            f.core.voidInvoice().voidInvoice(f.owner, new InvoiceId(invoice.id()), "mistake");

            assertThat(invoice(invoice).allowedActions()).doesNotContain("remind");
            assertThat(codeOf(() -> f.core.remindInvoice().remind(f.owner, new InvoiceId(invoice.id()))))
                    .isEqualTo(ErrorCode.INVALID_TRANSITION);
        }

        @Test
        void onlyMembersWhoMaySendRemind() {
            InvoiceView invoice = overdueInvoice();
            Actor viewer = f.member(Role.VIEWER);
            Actor staff = f.member(Role.STAFF);

            assertThat(f.core.invoiceQueries().get(viewer, new InvoiceId(invoice.id())).allowedActions()).doesNotContain("remind");
            assertThat(codeOf(() -> f.core.remindInvoice().remind(viewer, new InvoiceId(invoice.id()))))
                    .isEqualTo(ErrorCode.FORBIDDEN);
            assertThat(f.core.remindInvoice().remind(staff, new InvoiceId(invoice.id())).invoiceId()).isEqualTo(invoice.id());
        }

        @Test
        void anotherBusinessCannotRemindOurInvoice() {
            InvoiceView invoice = overdueInvoice();
            Actor other = f.otherBusiness("owner@other.test");

            assertThat(codeOf(() -> f.core.remindInvoice().remind(other, new InvoiceId(invoice.id()))))
                    .isEqualTo(ErrorCode.NOT_FOUND);
        }
    }
}
