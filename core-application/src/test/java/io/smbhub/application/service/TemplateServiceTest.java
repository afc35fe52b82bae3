package io.smbhub.application.service;

import io.smbhub.application.port.in.SendDocumentCommand;
import io.smbhub.application.port.in.contact.ContactView;
import io.smbhub.application.port.in.template.TemplateUseCase.TemplateCommand;
import io.smbhub.application.port.in.template.TemplateView;
import io.smbhub.application.port.out.OutgoingEmail;
import io.smbhub.domain.inbox.TemplateType;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FieldError;
import io.smbhub.domain.shared.TemplateId;
import io.smbhub.domain.tenant.Role;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

@DisplayName("Message templates: built-in defaults per profile, tenant defaults replace them (issue 5; spec 2.1 Template)")
class TemplateServiceTest {

    private final CoreFixture f = new CoreFixture();
    private final ContactView john = f.contact("John Smith", "john@example.com");

    private static TemplateCommand invoiceTemplate(String name, boolean isDefault) {
        return new TemplateCommand(TemplateType.INVOICE, "invoice_sent", name,
                "{{business_name}} invoice {{invoice_number}} – due {{due_date}}",
                "Dear {{contact_name}},\n{{amount_due}} is due by {{due_date}}.\nPay here: {{portal_url}}\n-- " + name,
                isDefault, List.of());
    }

    private OutgoingEmail sendInvoiceEmail() {
        var draft = f.draftInvoice(john, "250");
        f.core.sendInvoice().send(f.owner, new SendDocumentCommand(draft.id(), null, null));
        List<OutgoingEmail> emails = f.deliver();
        return emails.get(emails.size() - 1);
    }

    private static ErrorCode codeOf(ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(DomainException.class);
        return ((DomainException) thrown).code();
    }

    @Test
    void theListShowsTheBuiltInDefaultOfEveryPurposeButReply() {
        List<TemplateView> templates = f.core.templates().list(f.owner, null, null);

        assertThat(templates).extracting(TemplateView::purpose).containsExactlyInAnyOrder("quote_sent", "invoice_sent",
                "ar_reminder_1", "ar_reminder_2", "ar_reminder_final", "ar_reminder_manual");
        assertThat(templates).allSatisfy(t -> {
            assertThat(t.builtIn()).isTrue();
            assertThat(t.active()).isTrue();
            assertThat(t.id()).isNull();
            assertThat(t.variables()).contains("business_name", "contact_name", "portal_url");
        });
        assertThat(f.core.templates().list(f.owner, TemplateType.QUOTE, null)).extracting(TemplateView::purpose)
                .containsExactly("quote_sent");
        assertThat(f.core.templates().list(f.owner, null, "ar_reminder_2")).singleElement()
                .satisfies(t -> assertThat(t.variables()).contains("days_overdue"));
    }

    @Test
    void withoutATenantTemplateTheBuiltInWritesTheInvoiceEmail() {
        OutgoingEmail email = sendInvoiceEmail();

        assertThat(email.subject()).isEqualTo("Invoice INV-000001 from Pipe & Co");
        assertThat(email.text()).startsWith("Hello John Smith,").contains("Thank you for your business.");
    }

    @Test
    void aTenantDefaultReplacesTheBuiltInInTheNextInvoiceEmail() {
        TemplateView mine = f.core.templates().create(f.owner, invoiceTemplate("Ours", true));

        OutgoingEmail email = sendInvoiceEmail();

        assertThat(mine.active()).isTrue();
        assertThat(mine.builtIn()).isFalse();
        assertThat(email.subject()).isEqualTo("Pipe & Co invoice INV-000001 – due 2026-03-16");
        assertThat(email.text()).startsWith("Dear John Smith,\n250.00 USD is due by 2026-03-16.\nPay here: http://localhost:8080/portal/invoices/")
                .endsWith("-- Ours");
        assertThat(f.core.templates().list(f.owner, null, "invoice_sent")).satisfiesExactlyInAnyOrder(
                t -> assertThat(t.id()).isEqualTo(mine.id()),
                t -> assertThat(t.builtIn() && !t.active()).as("the replaced built-in").isTrue());
    }

    @Test
    void aSecondDefaultClearsTheFirst() {
        TemplateView first = f.core.templates().create(f.owner, invoiceTemplate("First", true));
        TemplateView second = f.core.templates().create(f.owner, invoiceTemplate("Second", true));

        OutgoingEmail email = sendInvoiceEmail();

        TemplateView firstNow = f.core.templates().get(f.owner, new TemplateId(first.id()));
        assertThat(firstNow.isDefault()).isFalse();
        assertThat(firstNow.active()).isFalse();
        assertThat(firstNow.version()).isGreaterThan(first.version());
        assertThat(f.core.templates().get(f.owner, new TemplateId(second.id())).active()).isTrue();
        assertThat(email.text()).endsWith("-- Second");
    }

    @Test
    void makingATemplateTheDefaultByUpdateClearsTheOldDefault() {
        TemplateView old = f.core.templates().create(f.owner, invoiceTemplate("Old", true));
        TemplateView draft = f.core.templates().create(f.owner, invoiceTemplate("Draft", false));

        TemplateView promoted = f.core.templates().update(f.owner, new TemplateId(draft.id()), draft.version(),
                new TemplateCommand(null, null, null, null, null, true, null));

        assertThat(promoted.isDefault()).isTrue();
        assertThat(f.core.templates().get(f.owner, new TemplateId(old.id())).isDefault()).isFalse();
        assertThat(sendInvoiceEmail().text()).endsWith("-- Draft");
        assertThat(codeOf(() -> f.core.templates().update(f.owner, new TemplateId(draft.id()), draft.version(),
                new TemplateCommand(null, null, "Stale", null, null, null, null)))).isEqualTo(ErrorCode.CONFLICT);
    }

    @Test
    void aDefaultScopedToAnotherProfileIsNotUsed() {
        f.core.templates().create(f.owner, new TemplateCommand(TemplateType.INVOICE, "invoice_sent", "Cleaning only",
                "Cleaning invoice {{invoice_number}}", "Hi {{contact_name}}", true, List.of("cleaning")));

        assertThat(sendInvoiceEmail().subject()).isEqualTo("Invoice INV-000001 from Pipe & Co");
    }

    @Test
    void anUnknownVariableOrPurposeIsAValidationError() {
        Throwable unknownVariable = catchThrowable(() -> f.core.templates().create(f.owner, new TemplateCommand(
                TemplateType.INVOICE, "invoice_sent", "Bad", "Invoice {{invoice_no}}", "Hi {{customer}}", true, null)));
        Throwable unknownPurpose = catchThrowable(() -> f.core.templates().create(f.owner, new TemplateCommand(
                TemplateType.INVOICE, "invoice_paid", "Bad", "S", "B", false, null)));

        assertThat(unknownVariable).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
            assertThat(e.details()).extracting(FieldError::field).containsExactlyInAnyOrder("subject", "content");
        });
        assertThat(unknownPurpose).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.details()).extracting(FieldError::field).containsExactly("purpose"));
        assertThat(f.core.templates().list(f.owner, null, null)).allSatisfy(t -> assertThat(t.builtIn()).isTrue());
    }

    @ParameterizedTest(name = "{0} may read templates but not create or change them")
    @EnumSource(value = Role.class, names = {"STAFF", "AGENT", "VIEWER"})
    void onlySettingsManagersWriteTemplates(Role role) {
        TemplateView existing = f.core.templates().create(f.owner, invoiceTemplate("Ours", false));
        var member = f.member(role);

        assertThat(codeOf(() -> f.core.templates().create(member, invoiceTemplate("Mine", true)))).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(codeOf(() -> f.core.templates().update(member, new TemplateId(existing.id()), null,
                new TemplateCommand(null, null, "Renamed", null, null, null, null)))).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(f.core.templates().list(member, null, null)).hasSize(7);
    }

    @Test
    void anotherBusinessCannotReadOurTemplate() {
        TemplateView ours = f.core.templates().create(f.owner, invoiceTemplate("Ours", false));
        var other = f.otherBusiness("owner@other.test");

        assertThat(codeOf(() -> f.core.templates().get(other, new TemplateId(ours.id())))).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(f.core.templates().list(other, null, null)).allSatisfy(t -> assertThat(t.builtIn()).isTrue());
    }
}
