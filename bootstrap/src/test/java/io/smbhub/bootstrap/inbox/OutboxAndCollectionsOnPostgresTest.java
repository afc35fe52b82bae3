package io.smbhub.bootstrap.inbox;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.smbhub.adapter.email.SmtpEmailSender;
import io.smbhub.adapter.postgres.TestDatabase;
import io.smbhub.adapter.postgres.TestDatabases;
import io.smbhub.application.CoreServices;
import io.smbhub.application.memory.ManualTimeSource;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.LineItemInput;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.application.port.in.SendDocumentCommand;
import io.smbhub.application.port.in.contact.ContactView;
import io.smbhub.application.port.in.contact.CreateContactCommand;
import io.smbhub.application.port.in.identity.Identity;
import io.smbhub.application.port.in.identity.SignUpCommand;
import io.smbhub.application.port.in.invoice.InvoiceDraft;
import io.smbhub.application.port.in.invoice.InvoiceView;
import io.smbhub.application.port.in.payment.RecordPaymentCommand;
import io.smbhub.application.port.in.workitem.WorkItemQueries;
import io.smbhub.application.port.in.workitem.WorkItemView;
import io.smbhub.application.port.out.EmailSender;
import io.smbhub.application.port.out.OutgoingEmail;
import io.smbhub.application.port.out.SmtpServer;
import io.smbhub.domain.contact.ContactDetails;
import io.smbhub.domain.contact.ContactType;
import io.smbhub.domain.invoice.ArStage;
import io.smbhub.domain.payment.PaymentProvider;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.workitem.WorkItemType;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5 "Done when", on PostgreSQL with every production adapter and a real in-process SMTP server (GreenMail):
 * AR reminders go out exactly once per stage across 20 simulated days with two app instances evaluating and sending
 * concurrently; a crash in the middle of a job batch loses no email and duplicates none; an email of a rolled-back
 * change is never sent.
 */
@DisplayName("Outbox and collections on PostgreSQL with a real SMTP server")
class OutboxAndCollectionsOnPostgresTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    private static TestDatabase db;
    @TempDir
    Path files;

    @BeforeAll
    static void database() {
        db = TestDatabases.fresh("outbox").migrate();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private EmailSender smtp() {
        return new SmtpEmailSender(new SmtpServer("127.0.0.1", mail.getSmtp().getPort(), SmtpServer.Security.NONE,
                null, null, null), "billing@smbhub.test", Clock.systemUTC());
    }

    private record Business(Actor owner, ContactId customer) {
    }

    private static Business business(CoreServices core, String name, String timezone, String customerEmail) {
        Identity id = core.signUp().signUp(new SignUpCommand(name, "general", name.toLowerCase().replace(' ', '.') + "@owner.test",
                "correct horse", timezone, "USD"));
        Actor owner = new Actor(id.tenantId(), id.userId(), id.role(), "req");
        ContactView customer = core.createContact().create(owner, new CreateContactCommand(new ContactDetails(
                ContactType.CUSTOMER, "Customer of " + name, null, customerEmail, null, null, List.of(), null, null)));
        return new Business(owner, new ContactId(customer.id()));
    }

    private static InvoiceView sentInvoice(CoreServices core, Business b, LocalDate issue, LocalDate due) {
        InvoiceView draft = core.createInvoice().create(b.owner(), new InvoiceDraft(b.customer(), "USD", issue, due,
                List.of(new LineItemInput("Boiler repair", BigDecimal.ONE, new BigDecimal("450.00"), null, null)), null, null));
        return core.sendInvoice().send(b.owner(), new SendDocumentCommand(draft.id(), "EMAIL", null));
    }

    private static List<MimeMessage> to(String address) throws Exception {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().contains(address)) {
                out.add(m);
            }
        }
        return out;
    }

    @Test
    @DisplayName("Reminders go out exactly once per stage over 20 simulated days with two instances running concurrently")
    void remindersOncePerStage() throws Exception {
        ZoneId jakarta = ZoneId.of("Asia/Jakarta");
        // 23:30 in Jakarta: the UTC date is still the day before, so a UTC-dated scheduler would be a day late
        ManualTimeSource clock = new ManualTimeSource(LocalDate.of(2026, 3, 2).atTime(23, 30).atZone(jakarta).toInstant());
        PostgresCore.Instance a = PostgresCore.start(db, clock, smtp(), files);
        PostgresCore.Instance b = PostgresCore.start(db, clock, smtp(), files);
        String customer = "payer@reminders.test";
        Business biz = business(a.core(), "Reminder Plumbing", "Asia/Jakarta", customer);
        LocalDate due = LocalDate.of(2026, 3, 2);
        InvoiceView invoice = sentInvoice(a.core(), biz, due.minusDays(14), due);
        Business paying = business(a.core(), "Paid Early", "Asia/Jakarta", "early@reminders.test");
        InvoiceView paidLater = sentInvoice(a.core(), paying, due.minusDays(14), due);
        a.core().jobs().runDueJobs(10);
        assertThat(to(customer)).hasSize(1);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int hour = 0; hour <= 20 * 24; hour += 4) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<?>> runs = new ArrayList<>();
                for (PostgresCore.Instance instance : List.of(a, b)) {
                    runs.add(pool.submit(() -> {
                        go.await();
                        instance.core().collections().evaluateDueReminders();
                        instance.core().jobs().runDueJobs(20);
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> run : runs) {
                    run.get();
                }
                a.core().jobs().runDueJobs(20); // emails queued by a reminder job the other instance ran
                long daysOverdue = ChronoUnit.DAYS.between(due, LocalDate.ofInstant(clock.now(), jakarta));
                int expectedReminders = (daysOverdue >= 3 ? 1 : 0) + (daysOverdue >= 7 ? 1 : 0) + (daysOverdue >= 14 ? 1 : 0);
                assertThat(to(customer)).as("emails to the customer %d days after the due date", daysOverdue)
                        .hasSize(1 + expectedReminders);
                if (daysOverdue == 5) {
                    InvoiceView open = a.core().invoiceQueries().get(paying.owner(), new InvoiceId(paidLater.id()));
                    if (open.amountDue().isPositive()) {
                        a.core().recordPayment().record(paying.owner(), new RecordPaymentCommand(new InvoiceId(paidLater.id()),
                                PaymentProvider.BANK, open.amountDue().amount(), "USD", clock.now(), "bank transfer", null));
                    }
                }
                clock.advance(Duration.ofHours(4));
            }
        } finally {
            pool.shutdownNow();
        }

        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : to(customer)) {
            subjects.add(m.getSubject());
        }
        assertThat(subjects).containsExactly(
                "Invoice " + invoice.invoiceNumber() + " from Reminder Plumbing",
                "Reminder: invoice " + invoice.invoiceNumber() + " is due",
                "Second reminder: invoice " + invoice.invoiceNumber() + " is 7 days overdue",
                "Final reminder: invoice " + invoice.invoiceNumber() + " (450.00 USD overdue)");
        assertThat(to("early@reminders.test")).as("paying stops the sequence after the first reminder").hasSize(2);
        InvoiceView after = a.core().invoiceQueries().get(biz.owner(), new InvoiceId(invoice.id()));
        assertThat(after.arStage()).isEqualTo(ArStage.FINAL);
        List<WorkItemView> collection = a.core().workItemQueries().list(biz.owner(), new WorkItemQueries.ListQuery(null,
                WorkItemType.COLLECTION, null, null, null, PageRequest.first())).items();
        assertThat(collection).singleElement().satisfies(w -> {
            assertThat(w.invoiceId()).isEqualTo(invoice.id());
            assertThat(w.contactId()).isEqualTo(biz.customer().value());
        });
    }

    @Test
    @DisplayName("A crash in the middle of a job batch loses no email and duplicates none after restart")
    void crashMidBatch() throws Exception {
        ManualTimeSource clock = new ManualTimeSource(Instant.parse("2026-05-04T02:00:00Z"));
        AtomicInteger budget = new AtomicInteger(4);
        EmailSender real = smtp();
        // the first instance dies (an Error, as a killed JVM stops) when its fifth email is about to go out
        EmailSender dying = (email, server) -> {
            if (budget.getAndDecrement() <= 0) {
                throw new Error("simulated crash: the process is gone");
            }
            return real.send(email, server);
        };
        PostgresCore.Instance first = PostgresCore.start(db, clock, dying, files);
        String customer = "batch@crash.test";
        Business biz = business(first.core(), "Crash Test Bakery", "UTC", customer);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            numbers.add(sentInvoice(first.core(), biz, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 18)).invoiceNumber());
        }
        try {
            first.core().jobs().runDueJobs(12);
        } catch (Error crash) {
            assertThat(crash).hasMessageContaining("simulated crash");
        }
        assertThat(to(customer)).hasSize(4);

        PostgresCore.Instance restarted = PostgresCore.start(db, clock, real, files);
        assertThat(restarted.core().jobs().runDueJobs(20)).as("the dead instance's leases are still held").isZero();
        clock.advance(Duration.ofMinutes(6)); // past the 5-minute lease
        assertThat(restarted.core().jobs().runDueJobs(20)).isEqualTo(8);
        assertThat(restarted.core().jobs().runDueJobs(20)).isZero();

        List<MimeMessage> received = to(customer);
        List<String> subjects = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (MimeMessage m : received) {
            subjects.add(m.getSubject());
            ids.add(m.getMessageID());
        }
        assertThat(subjects).containsExactlyInAnyOrderElementsOf(
                numbers.stream().map(n -> "Invoice " + n + " from Crash Test Bakery").toList());
        assertThat(ids).doesNotHaveDuplicates().hasSize(12);
    }

    @Test
    @DisplayName("The email of a rolled-back change is never sent")
    void rolledBackChangeSendsNothing() throws Exception {
        ManualTimeSource clock = new ManualTimeSource(Instant.parse("2026-06-01T08:00:00Z"));
        PostgresCore.Instance app = PostgresCore.start(db, clock, smtp(), files);
        String customer = "rollback@outbox.test";
        Business biz = business(app.core(), "Rollback Garage", "UTC", customer);
        InvoiceView draft = app.core().createInvoice().create(biz.owner(), new InvoiceDraft(biz.customer(), "USD", null, null,
                List.of(new LineItemInput("Brake pads", BigDecimal.ONE, new BigDecimal("80.00"), null, null)), null, null));
        try {
            app.tx().inTenant(biz.owner().tenantId(), () -> {
                app.core().sendInvoice().send(biz.owner(), new SendDocumentCommand(draft.id(), "EMAIL", null));
                throw new IllegalStateException("something later in the same transaction failed");
            });
        } catch (IllegalStateException expected) {
            // the send rolled back with it
        }
        assertThat(app.core().jobs().runDueJobs(20)).isZero();
        assertThat(to(customer)).isEmpty();
        assertThat(app.core().invoiceQueries().get(biz.owner(), new InvoiceId(draft.id())).status().name()).isEqualTo("DRAFT");
    }
}
