package io.smbhub.application.service;

import io.smbhub.application.memory.InMemoryCore;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.contact.CreateContactCommand;
import io.smbhub.application.port.in.identity.Identity;
import io.smbhub.application.port.in.identity.SignUpCommand;
import io.smbhub.application.port.in.invoice.InvoiceDraft;
import io.smbhub.domain.contact.ContactDetails;
import io.smbhub.domain.contact.ContactType;
import io.smbhub.application.port.in.SendDocumentCommand;
import io.smbhub.application.port.in.contact.ContactView;
import io.smbhub.application.port.in.invoice.InvoiceView;
import io.smbhub.application.port.in.payment.RecordPaymentCommand;
import io.smbhub.application.port.in.portal.PortalFile;
import io.smbhub.application.port.in.portal.PortalInvoiceView;
import io.smbhub.application.port.in.portal.PortalLinkView;
import io.smbhub.application.port.in.portal.PortalQuoteView;
import io.smbhub.application.port.in.quote.QuoteDraft;
import io.smbhub.application.port.in.quote.QuoteView;
import io.smbhub.application.port.out.AuditEntry;
import io.smbhub.application.port.out.AuditLog;
import io.smbhub.application.port.out.OutgoingEmail;
import io.smbhub.application.service.portal.PortalService;
import io.smbhub.domain.invoice.InvoiceStatus;
import io.smbhub.domain.payment.PaymentProvider;
import io.smbhub.domain.quote.QuoteStatus;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.QuoteId;
import io.smbhub.domain.tenant.Role;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

@DisplayName("Client portal links on the in-memory core (spec 3.13, 12.6)")
class ClientPortalTest {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final String PORTAL = "http://localhost:8080/portal/";

    private final CoreFixture f = new CoreFixture();
    private final ContactView john = f.contact("John Smith", "john@example.com");

    private InvoiceView sentInvoice(String rate) {
        InvoiceView draft = f.draftInvoice(john, rate);
        return f.core.sendInvoice().send(f.owner, new SendDocumentCommand(draft.id(), null, "Thanks for your business"));
    }

    private QuoteView sentQuote(LocalDate expiry) {
        QuoteView draft = f.core.createQuote().create(f.owner, new QuoteDraft(new ContactId(john.id()), null,
                LocalDate.of(2026, 3, 2), expiry, List.of(CoreFixture.line("Boiler service", "1", "300")), null, null), null);
        return f.core.sendQuote().send(f.owner, new SendDocumentCommand(draft.id(), null, null));
    }

    /** The newest email sent, after the outbox's send jobs ran. */
    private OutgoingEmail lastMessage() {
        f.core.jobs().runDueJobs(20);
        List<OutgoingEmail> delivered = f.hub.email().emails();
        assertThat(delivered).as("emails sent").isNotEmpty();
        return delivered.get(delivered.size() - 1);
    }

    /** The secret of the portal link in the last email (the URL's last path segment). */
    private String lastToken(String kindSegment) {
        String body = lastMessage().text();
        int at = body.indexOf(PORTAL + kindSegment + "/");
        assertThat(at).as("portal link in:\n%s", body).isNotNegative();
        return body.substring(at + (PORTAL + kindSegment + "/").length()).split("\\s")[0];
    }

    private static String tokenOf(PortalLinkView link) {
        return link.url().substring(link.url().lastIndexOf('/') + 1);
    }

    private static void assertLinkExpired(ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(DomainException.class).hasMessage(PortalService.LINK_EXPIRED);
        assertThat(((DomainException) thrown).code()).isEqualTo(ErrorCode.NOT_FOUND);
    }

    private static void assertCode(ErrorCode code, ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(DomainException.class);
        assertThat(((DomainException) thrown).code()).as("%s", thrown.getMessage()).isEqualTo(code);
    }

    private List<AuditEntry> audit(UUID entity) {
        return f.hub.ports().tx().inTenant(f.owner.tenantId(), () -> f.hub.ports().auditLog()
                .list(f.owner.tenantId(), new AuditLog.Filter(null, entity, null, null, null, null), null, 100));
    }

    private static List<String> actions(List<AuditEntry> entries) {
        return entries.stream().map(AuditEntry::action).toList();
    }

    @Nested
    @DisplayName("sending")
    class Sending {

        @Test
        void anInvoiceEmailCarriesThePortalLinkAndThePrintedInvoice() {
            InvoiceView invoice = sentInvoice("150");

            OutgoingEmail message = lastMessage();
            String token = lastToken("invoices");
            assertThat(token).matches("[A-Za-z0-9_-]{43}").doesNotContain(invoice.id().toString());
            assertThat(message.subject()).isEqualTo("Invoice INV-000001 from Pipe & Co");
            assertThat(message.text()).contains("Thanks for your business", "View and pay online: " + PORTAL + "invoices/" + token);
            assertThat(message.attachments()).singleElement().satisfies(a -> {
                assertThat(a.filename()).isEqualTo("INV-000001.txt");
                assertThat(new String(a.content(), StandardCharsets.UTF_8))
                        .contains("Pipe & Co", "Invoice INV-000001 (Sent)", "Bill to: John Smith", "Total: USD 150.00");
            });
            assertThat(f.core.portalQueries().invoice(token).invoiceNumber()).isEqualTo(invoice.invoiceNumber());
        }

        @Test
        void aQuoteEmailCarriesThePortalLinkAndThePrintedQuote() {
            sentQuote(LocalDate.of(2026, 4, 1));

            assertThat(lastMessage().text()).contains("You can review and approve it online: " + PORTAL + "quotes/");
            assertThat(lastMessage().attachments()).singleElement().extracting(OutgoingEmail.Attachment::filename)
                    .isEqualTo("Q-000001.txt");
            assertThat(f.core.portalQueries().quote(lastToken("quotes")).quoteNumber()).isEqualTo("Q-000001");
        }

        @Test
        void resendingIssuesAnotherLinkAndTheEarlierOneKeepsWorking() {
            InvoiceView invoice = sentInvoice("80");
            String first = lastToken("invoices");

            f.core.sendInvoice().send(f.owner, new SendDocumentCommand(invoice.id(), null, null));
            String second = lastToken("invoices");

            assertThat(second).isNotEqualTo(first);
            assertThat(f.core.portalQueries().invoice(first).invoiceNumber()).isEqualTo("INV-000001");
            assertThat(f.core.portalQueries().invoice(second).invoiceNumber()).isEqualTo("INV-000001");
        }
    }

    @Nested
    @DisplayName("a link opens exactly its document")
    class ExactlyOneDocument {

        @Test
        void eachInvoiceLinkShowsItsOwnInvoiceAndNothingElse() {
            sentInvoice("100");
            String first = lastToken("invoices");
            sentInvoice("200");
            String second = lastToken("invoices");

            PortalInvoiceView one = f.core.portalQueries().invoice(first);
            PortalInvoiceView two = f.core.portalQueries().invoice(second);

            assertThat(one.invoiceNumber()).isEqualTo("INV-000001");
            assertThat(one.total()).isEqualTo(Money.of(new BigDecimal("100"), "USD"));
            assertThat(two.invoiceNumber()).isEqualTo("INV-000002");
            assertThat(one.businessName()).isEqualTo("Pipe & Co");
            assertThat(one.customerName()).isEqualTo("John Smith");
            assertThat(one.state()).isEqualTo(PortalInvoiceView.State.OPEN);
            assertThat(one.statusLabel()).isEqualTo("Sent");
            assertThat(one.dueDate()).isEqualTo(LocalDate.of(2026, 3, 16));
            assertThat(one.lines()).singleElement().satisfies(l -> assertThat(l.description()).isEqualTo("Repair"));
        }

        @Test
        void anInvoiceLinkDoesNotOpenAQuoteAndAQuoteLinkDoesNotOpenAnInvoice() {
            sentInvoice("100");
            String invoiceToken = lastToken("invoices");
            sentQuote(LocalDate.of(2026, 4, 1));
            String quoteToken = lastToken("quotes");

            assertLinkExpired(() -> f.core.portalQueries().quote(invoiceToken));
            assertLinkExpired(() -> f.core.portalQueries().quoteFile(invoiceToken));
            assertLinkExpired(() -> f.core.portalQuoteResponses().approve(invoiceToken));
            assertLinkExpired(() -> f.core.portalQueries().invoice(quoteToken));
            assertLinkExpired(() -> f.core.portalQueries().invoiceFile(quoteToken));
            assertLinkExpired(() -> f.core.portalPayments().checkoutUrl(quoteToken));
        }

        @ParameterizedTest(name = "\"{0}\" is refused like an expired link")
        @ValueSource(strings = {"", "short", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                "../../v1/invoices/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="})
        void malformedAndUnknownLinksAreExpired(String token) {
            sentInvoice("100");

            assertLinkExpired(() -> f.core.portalQueries().invoice(token));
        }

        @Test
        void anotherBusinessesLinkShowsThatBusinessOnly() {
            CoreFixture other = new CoreFixture("owner@other.test");
            sentInvoice("100");
            String ours = lastToken("invoices");

            assertLinkExpired(() -> other.core.portalQueries().invoice(ours));
        }

        @Test
        void theViewsCarryNoInternalTenantOrUserId() {
            InvoiceView invoice = sentInvoice("100");
            String invoiceToken = lastToken("invoices");
            sentQuote(LocalDate.of(2026, 4, 1));
            String quoteToken = lastToken("quotes");

            String shown = f.core.portalQueries().invoice(invoiceToken) + " " + f.core.portalQueries().quote(quoteToken);

            assertThat(UUID_TEXT.matcher(shown).find()).as(shown).isFalse();
            assertThat(shown).doesNotContain(invoice.id().toString(), f.owner.tenantId().value().toString(),
                    f.owner.userId().value().toString());
        }
    }

    @Nested
    @DisplayName("rotating and revoking")
    class RotateAndRevoke {

        @Test
        void rotatingRevokesTheOldLinksAndAnswersANewOneOnce() {
            InvoiceView invoice = sentInvoice("100");
            String emailed = lastToken("invoices");
            f.hub.clock().advance(Duration.ofMinutes(5));

            PortalLinkView rotated = f.core.portalLinks().rotateInvoiceLink(f.owner, new InvoiceId(invoice.id()));

            assertThat(rotated.url()).startsWith(PORTAL + "invoices/");
            assertThat(rotated.createdAt()).isEqualTo(f.hub.clock().now());
            assertLinkExpired(() -> f.core.portalQueries().invoice(emailed));
            assertThat(f.core.portalQueries().invoice(tokenOf(rotated)).invoiceNumber()).isEqualTo("INV-000001");
            assertThat(audit(invoice.id())).filteredOn(e -> e.action().equals("invoice.portal_link_rotated")).singleElement()
                    .satisfies(e -> {
                        assertThat(e.actorUserId()).isEqualTo(f.owner.userId());
                        assertThat(e.before()).containsEntry("live_links", 1);
                        assertThat(e.after()).containsEntry("live_links", 1);
                        assertThat(e.after().toString()).doesNotContain(tokenOf(rotated));
                    });
        }

        @Test
        void revokingEndsEveryLinkOfTheDocumentOnly() {
            InvoiceView invoice = sentInvoice("100");
            String first = lastToken("invoices");
            f.core.sendInvoice().send(f.owner, new SendDocumentCommand(invoice.id(), null, null));
            String second = lastToken("invoices");
            sentInvoice("50");
            String otherInvoice = lastToken("invoices");

            int revoked = f.core.portalLinks().revokeInvoiceLinks(f.owner, new InvoiceId(invoice.id()));

            assertThat(revoked).isEqualTo(2);
            assertLinkExpired(() -> f.core.portalQueries().invoice(first));
            assertLinkExpired(() -> f.core.portalQueries().invoiceFile(second));
            assertThat(f.core.portalQueries().invoice(otherInvoice).invoiceNumber()).isEqualTo("INV-000002");
            assertThat(actions(audit(invoice.id()))).contains("invoice.portal_link_revoked");
        }

        @Test
        void quoteLinksRotateAndRevokeToo() {
            QuoteView quote = sentQuote(LocalDate.of(2026, 4, 1));
            String emailed = lastToken("quotes");

            PortalLinkView rotated = f.core.portalLinks().rotateQuoteLink(f.owner, new QuoteId(quote.id()));
            assertLinkExpired(() -> f.core.portalQueries().quote(emailed));
            assertThat(f.core.portalQueries().quote(tokenOf(rotated)).quoteNumber()).isEqualTo("Q-000001");

            assertThat(f.core.portalLinks().revokeQuoteLinks(f.owner, new QuoteId(quote.id()))).isEqualTo(1);
            assertLinkExpired(() -> f.core.portalQueries().quote(tokenOf(rotated)));
            assertThat(actions(audit(quote.id()))).contains("quote.portal_link_rotated", "quote.portal_link_revoked");
        }

        @Test
        void aDraftHasNoPortalLinkToRotate() {
            InvoiceView draft = f.draftInvoice(john, "100");

            assertCode(ErrorCode.INVALID_TRANSITION,
                    () -> f.core.portalLinks().rotateInvoiceLink(f.owner, new InvoiceId(draft.id())));
        }

        @ParameterizedTest(name = "{0} may not rotate or revoke portal links")
        @EnumSource(value = Role.class, names = {"AGENT", "VIEWER"})
        void onlyRolesThatMaySendManageLinks(Role role) {
            InvoiceView invoice = sentInvoice("100");
            String emailed = lastToken("invoices");

            assertCode(ErrorCode.FORBIDDEN,
                    () -> f.core.portalLinks().rotateInvoiceLink(f.member(role), new InvoiceId(invoice.id())));
            assertCode(ErrorCode.FORBIDDEN,
                    () -> f.core.portalLinks().revokeInvoiceLinks(f.member(role), new InvoiceId(invoice.id())));
            assertThat(f.core.portalQueries().invoice(emailed).invoiceNumber()).isEqualTo("INV-000001");
        }

        @Test
        void anotherBusinessCannotRotateOrRevokeOurLinks() {
            CoreFixture other = new CoreFixture("owner@other.test");
            InvoiceView invoice = sentInvoice("100");
            String emailed = lastToken("invoices");

            assertCode(ErrorCode.NOT_FOUND,
                    () -> other.core.portalLinks().rotateInvoiceLink(other.owner, new InvoiceId(invoice.id())));
            assertCode(ErrorCode.NOT_FOUND,
                    () -> other.core.portalLinks().revokeInvoiceLinks(other.owner, new InvoiceId(invoice.id())));
            assertThat(f.core.portalQueries().invoice(emailed).invoiceNumber()).isEqualTo("INV-000001");
        }
    }

    @Nested
    @DisplayName("invoice states")
    class InvoiceStates {

        @Test
        void aPaidInvoiceShowsItsReceipt() {
            InvoiceView invoice = sentInvoice("120");
            String token = lastToken("invoices");
            Instant paidAt = Instant.parse("2026-03-02T08:15:00Z");

            f.core.recordPayment().record(f.owner, new RecordPaymentCommand(new InvoiceId(invoice.id()), PaymentProvider.BANK,
                    new BigDecimal("120.00"), null, paidAt, "TRX-1", null));

            PortalInvoiceView paid = f.core.portalQueries().invoice(token);
            assertThat(paid.state()).isEqualTo(PortalInvoiceView.State.PAID);
            assertThat(paid.statusLabel()).isEqualTo("Paid");
            assertThat(paid.amountPaid()).isEqualTo(Money.of(new BigDecimal("120"), "USD"));
            assertThat(paid.amountDue().isZero()).isTrue();
            assertThat(paid.paidOn()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(paid.payable()).isFalse();
            assertCode(ErrorCode.INVALID_TRANSITION, () -> f.core.portalPayments().checkoutUrl(token));
        }

        @Test
        void aVoidedInvoiceSaysSo() {
            InvoiceView invoice = sentInvoice("120");
            String token = lastToken("invoices");

            f.core.voidInvoice().voidInvoice(f.owner, new InvoiceId(invoice.id()), "Sent by mistake");

            assertThat(f.core.portalQueries().invoice(token).state()).isEqualTo(PortalInvoiceView.State.VOID);
            assertThat(f.core.portalQueries().invoice(token).payable()).isFalse();
        }

        @Test
        void payingStartsTheProvidersCheckoutReturningToThePortalPage() {
            InvoiceView invoice = sentInvoice("120");
            String token = lastToken("invoices");
            assertThat(f.core.portalQueries().invoice(token).payable()).isTrue();

            String checkout = f.core.portalPayments().checkoutUrl(token);

            assertThat(checkout).startsWith("https://checkout.example.test/c/pay/");
            assertThat(f.gateway.checkouts).singleElement().satisfies(c -> {
                assertThat(c.amount()).isEqualTo(Money.of(new BigDecimal("120"), "USD"));
                assertThat(c.successUrl()).isEqualTo(PORTAL + "invoices/" + token);
                assertThat(c.cancelUrl()).isEqualTo(PORTAL + "invoices/" + token);
            });
            assertThat(audit(invoice.id())).filteredOn(e -> e.action().equals("portal.pay.clicked")).singleElement()
                    .satisfies(e -> assertThat(e.requestId()).isEqualTo("portal"));
        }

        @Test
        void withoutAPaymentProviderThereIsNoPayButtonAndPayingIsUnavailable() {
            InMemoryCore bare = InMemoryCore.start(CoreFixture.START);
            Identity id = bare.services().signUp().signUp(new SignUpCommand("No Stripe Ltd", "general", "o@nostripe.test",
                    "correct horse", "UTC", "USD"));
            Actor owner = new Actor(id.tenantId(), id.userId(), id.role(), "req_test");
            ContactView customer = bare.services().createContact().create(owner, new CreateContactCommand(new ContactDetails(
                    ContactType.CUSTOMER, "Jane", null, "jane@example.com", null, null, List.of(), null, null)));
            InvoiceView draft = bare.services().createInvoice().create(owner, new InvoiceDraft(new ContactId(customer.id()),
                    null, null, null, List.of(CoreFixture.line("Repair", "1", "99")), null, null));
            bare.services().sendInvoice().send(owner, new SendDocumentCommand(draft.id(), null, null));
            bare.services().jobs().runDueJobs(10);
            String body = bare.email().emails().get(0).text();
            String token = body.substring(body.indexOf(PORTAL + "invoices/") + (PORTAL + "invoices/").length()).split("\\s")[0];

            assertThat(bare.services().portalQueries().invoice(token).payable()).isFalse();
            assertCode(ErrorCode.UNAVAILABLE, () -> bare.services().portalPayments().checkoutUrl(token));
        }

        @Test
        void theDownloadIsThePrintedInvoice() {
            sentInvoice("120");

            PortalFile file = f.core.portalQueries().invoiceFile(lastToken("invoices"));

            assertThat(file.filename()).isEqualTo("INV-000001.txt");
            assertThat(new String(file.content(), StandardCharsets.UTF_8)).contains("Invoice INV-000001", "Total: USD 120.00");
        }

        @Test
        void onlyTheFirstOpeningOfALinkIsAudited() {
            InvoiceView invoice = sentInvoice("120");
            String token = lastToken("invoices");

            f.core.portalQueries().invoice(token);
            f.hub.clock().advance(Duration.ofMinutes(1));
            f.core.portalQueries().invoice(token);
            f.core.portalQueries().invoice(token);

            assertThat(audit(invoice.id())).filteredOn(e -> e.action().equals("portal.invoice.view")).singleElement()
                    .satisfies(e -> {
                        assertThat(e.actorUserId()).isNull();
                        assertThat(e.requestId()).isEqualTo("portal");
                    });
        }
    }

    @Nested
    @DisplayName("the customer answers a quote")
    class QuoteAnswers {

        @Test
        void approvingMovesTheQuoteToApprovedAuditedAsThePortal() {
            QuoteView quote = sentQuote(LocalDate.of(2026, 4, 1));
            String token = lastToken("quotes");
            assertThat(f.core.portalQueries().quote(token).state()).isEqualTo(PortalQuoteView.State.OPEN);

            PortalQuoteView approved = f.core.portalQuoteResponses().approve(token);

            assertThat(approved.state()).isEqualTo(PortalQuoteView.State.APPROVED);
            assertThat(approved.statusLabel()).isEqualTo("Approved");
            assertThat(f.core.quoteQueries().get(f.owner, new QuoteId(quote.id())).status()).isEqualTo(QuoteStatus.APPROVED);
            assertThat(audit(quote.id())).filteredOn(e -> e.action().equals("quote.approved")).singleElement()
                    .satisfies(e -> {
                        assertThat(e.actorUserId()).isNull();
                        assertThat(e.requestId()).isEqualTo("portal");
                        assertThat(e.before()).containsEntry("status", "SENT");
                        assertThat(e.after()).containsEntry("status", "APPROVED");
                    });
            assertCode(ErrorCode.INVALID_TRANSITION, () -> f.core.portalQuoteResponses().reject(token, "changed my mind"));
            assertThat(f.core.portalQueries().quote(token).state()).isEqualTo(PortalQuoteView.State.APPROVED);
        }

        @Test
        void rejectingKeepsTheCustomersReason() {
            QuoteView quote = sentQuote(LocalDate.of(2026, 4, 1));
            String token = lastToken("quotes");

            PortalQuoteView rejected = f.core.portalQuoteResponses().reject(token, "Too expensive");

            assertThat(rejected.state()).isEqualTo(PortalQuoteView.State.REJECTED);
            assertThat(rejected.rejectionReason()).isEqualTo("Too expensive");
            QuoteView stored = f.core.quoteQueries().get(f.owner, new QuoteId(quote.id()));
            assertThat(stored.status()).isEqualTo(QuoteStatus.REJECTED);
            assertThat(stored.rejectionReason()).isEqualTo("Too expensive");
            assertCode(ErrorCode.INVALID_TRANSITION, () -> f.core.portalQuoteResponses().approve(token));
        }

        @Test
        void aQuotePastItsDateIsExpiredAndCannotBeApproved() {
            QuoteView quote = sentQuote(LocalDate.of(2026, 3, 5));
            String token = lastToken("quotes");
            f.hub.clock().advance(Duration.ofDays(5));

            assertThat(f.core.portalQueries().quote(token).state()).isEqualTo(PortalQuoteView.State.EXPIRED);
            assertCode(ErrorCode.INVALID_TRANSITION, () -> f.core.portalQuoteResponses().approve(token));
            assertThat(f.core.quoteQueries().get(f.owner, new QuoteId(quote.id())).status()).isEqualTo(QuoteStatus.SENT);
        }
    }

    @Test
    void aDeliveryThatFailsOnceIsRetriedAndTheEmailThatLeavesCarriesAWorkingLink() {
        InvoiceView draft = f.draftInvoice(john, "100");
        f.hub.email().failNext(1, ErrorCode.PROVIDER_ERROR);

        InvoiceView sent = f.core.sendInvoice().send(f.owner, new SendDocumentCommand(draft.id(), null, null));
        f.core.jobs().runDueJobs(10);

        assertThat(sent.status()).isEqualTo(InvoiceStatus.SENT);
        assertThat(f.hub.email().emails()).isEmpty();

        f.hub.clock().advance(Duration.ofMinutes(1));
        String token = lastToken("invoices");

        assertThat(f.hub.email().emails()).hasSize(1);
        assertThat(f.core.portalQueries().invoice(token).invoiceNumber()).isEqualTo("INV-000001");
    }
}
