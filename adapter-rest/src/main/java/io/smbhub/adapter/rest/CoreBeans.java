package io.smbhub.adapter.rest;

import io.micronaut.context.annotation.Factory;
import io.smbhub.application.CoreServices;
import io.smbhub.application.port.in.audit.AuditQueries;
import io.smbhub.application.port.in.timeline.TimelineQueries;
import io.smbhub.application.port.in.profile.ProfileQueries;
import io.smbhub.application.port.in.profile.UpdateProfileUseCase;
import io.smbhub.application.port.in.contact.ContactQueries;
import io.smbhub.application.port.in.contact.CreateContactUseCase;
import io.smbhub.application.port.in.contact.DeleteContactUseCase;
import io.smbhub.application.port.in.contact.ImportContactsUseCase;
import io.smbhub.application.port.in.contact.UpdateContactUseCase;
import io.smbhub.application.port.in.home.HomeQueries;
import io.smbhub.application.port.in.idempotency.IdempotencyUseCase;
import io.smbhub.application.port.in.identity.CurrentMemberUseCase;
import io.smbhub.application.port.in.identity.ExternalIdentityUseCase;
import io.smbhub.application.port.in.identity.LogInUseCase;
import io.smbhub.application.port.in.identity.SignUpUseCase;
import io.smbhub.application.port.in.member.AcceptInvitationUseCase;
import io.smbhub.application.port.in.member.InvitationQueries;
import io.smbhub.application.port.in.member.InviteMemberUseCase;
import io.smbhub.application.port.in.member.MemberQueries;
import io.smbhub.application.port.in.member.RevokeInvitationUseCase;
import io.smbhub.application.port.in.member.UpdateMemberUseCase;
import io.smbhub.application.port.in.invoice.CreateInvoiceUseCase;
import io.smbhub.application.port.in.invoice.InvoiceQueries;
import io.smbhub.application.port.in.invoice.SendInvoiceUseCase;
import io.smbhub.application.port.in.invoice.UpdateInvoiceUseCase;
import io.smbhub.application.port.in.invoice.VoidInvoiceUseCase;
import io.smbhub.application.port.in.payment.PaymentQueries;
import io.smbhub.application.port.in.payment.RecordPaymentUseCase;
import io.smbhub.application.port.in.portal.PortalLinkUseCase;
import io.smbhub.application.port.in.portal.PortalPaymentUseCase;
import io.smbhub.application.port.in.portal.PortalQueries;
import io.smbhub.application.port.in.portal.PortalQuoteResponseUseCase;
import io.smbhub.application.port.in.quote.ApproveQuoteUseCase;
import io.smbhub.application.port.in.quote.ConvertQuoteToInvoiceUseCase;
import io.smbhub.application.port.in.quote.CreateQuoteUseCase;
import io.smbhub.application.port.in.quote.QuoteQueries;
import io.smbhub.application.port.in.quote.RejectQuoteUseCase;
import io.smbhub.application.port.in.quote.SendQuoteUseCase;
import io.smbhub.application.port.in.quote.UpdateQuoteUseCase;
import io.smbhub.application.port.in.workitem.ConvertWorkItemUseCase;
import io.smbhub.application.port.in.workitem.CreateWorkItemUseCase;
import io.smbhub.application.port.in.workitem.UpdateWorkItemUseCase;
import io.smbhub.application.port.in.workitem.WorkItemQueries;
import io.smbhub.application.port.in.payment.PaymentLinkUseCase;
import io.smbhub.application.port.in.payment.RefundPaymentUseCase;
import io.smbhub.application.port.in.payment.PaymentWebhookUseCase;
import io.smbhub.application.port.in.job.RunJobsUseCase;
import io.smbhub.application.port.in.payment.PaymentAccountUseCase;
import io.smbhub.application.port.in.inbox.ConversationQueries;
import io.smbhub.application.port.in.inbox.ConversationUseCase;
import io.smbhub.application.port.in.inbox.ReceiveEmailUseCase;
import io.smbhub.application.port.in.template.TemplateUseCase;
import io.smbhub.application.port.in.settings.EmailSettingsUseCase;
import io.smbhub.application.port.in.job.JobQueries;
import io.smbhub.application.port.in.invoice.RemindInvoiceUseCase;
import io.smbhub.application.port.in.ai.AiDraftUseCase;
import io.smbhub.application.port.in.ai.AiSettingsUseCase;
import io.smbhub.application.port.in.ai.AiStatusQueries;
import io.smbhub.application.port.in.ai.AiUsageAdminUseCase;
import io.smbhub.application.port.in.ai.DigestUseCase;
import io.smbhub.application.port.in.ai.PrecheckUseCase;
import io.smbhub.application.port.in.ai.TextToTaskUseCase;
import io.smbhub.application.port.in.expense.CreateExpenseUseCase;
import io.smbhub.application.port.in.expense.ExpenseQueries;
import io.smbhub.application.port.in.expense.ExpenseUseCase;
import jakarta.inject.Singleton;

/**
 * Exposes each inbound port of the core as its own bean, from the {@link CoreServices} bean that whoever runs
 * the application provides (bootstrap builds it on PostgreSQL; tests on {@code InMemoryCore}). Controllers
 * inject these interfaces only — never {@code CoreServices}, outbound ports or services.
 */
@Factory
public class CoreBeans {

    @Singleton
    CreateContactUseCase createContact(CoreServices core) {
        return core.createContact();
    }

    @Singleton
    UpdateContactUseCase updateContact(CoreServices core) {
        return core.updateContact();
    }

    @Singleton
    DeleteContactUseCase deleteContact(CoreServices core) {
        return core.deleteContact();
    }

    @Singleton
    ContactQueries contactQueries(CoreServices core) {
        return core.contactQueries();
    }

    @Singleton
    ImportContactsUseCase importContacts(CoreServices core) {
        return core.importContacts();
    }

    @Singleton
    CreateWorkItemUseCase createWorkItem(CoreServices core) {
        return core.createWorkItem();
    }

    @Singleton
    UpdateWorkItemUseCase updateWorkItem(CoreServices core) {
        return core.updateWorkItem();
    }

    @Singleton
    ConvertWorkItemUseCase convertWorkItem(CoreServices core) {
        return core.convertWorkItem();
    }

    @Singleton
    WorkItemQueries workItemQueries(CoreServices core) {
        return core.workItemQueries();
    }

    @Singleton
    CreateQuoteUseCase createQuote(CoreServices core) {
        return core.createQuote();
    }

    @Singleton
    UpdateQuoteUseCase updateQuote(CoreServices core) {
        return core.updateQuote();
    }

    @Singleton
    SendQuoteUseCase sendQuote(CoreServices core) {
        return core.sendQuote();
    }

    @Singleton
    ApproveQuoteUseCase approveQuote(CoreServices core) {
        return core.approveQuote();
    }

    @Singleton
    RejectQuoteUseCase rejectQuote(CoreServices core) {
        return core.rejectQuote();
    }

    @Singleton
    ConvertQuoteToInvoiceUseCase convertQuoteToInvoice(CoreServices core) {
        return core.convertQuoteToInvoice();
    }

    @Singleton
    QuoteQueries quoteQueries(CoreServices core) {
        return core.quoteQueries();
    }

    @Singleton
    CreateInvoiceUseCase createInvoice(CoreServices core) {
        return core.createInvoice();
    }

    @Singleton
    UpdateInvoiceUseCase updateInvoice(CoreServices core) {
        return core.updateInvoice();
    }

    @Singleton
    SendInvoiceUseCase sendInvoice(CoreServices core) {
        return core.sendInvoice();
    }

    @Singleton
    VoidInvoiceUseCase voidInvoice(CoreServices core) {
        return core.voidInvoice();
    }

    @Singleton
    InvoiceQueries invoiceQueries(CoreServices core) {
        return core.invoiceQueries();
    }

    @Singleton
    RecordPaymentUseCase recordPayment(CoreServices core) {
        return core.recordPayment();
    }

    @Singleton
    PaymentQueries paymentQueries(CoreServices core) {
        return core.paymentQueries();
    }

    @Singleton
    HomeQueries homeQueries(CoreServices core) {
        return core.homeQueries();
    }

    @Singleton
    SignUpUseCase signUp(CoreServices core) {
        return core.signUp();
    }

    @Singleton
    LogInUseCase logIn(CoreServices core) {
        return core.logIn();
    }

    @Singleton
    ExternalIdentityUseCase externalIdentity(CoreServices core) {
        return core.externalIdentity();
    }

    @Singleton
    IdempotencyUseCase idempotency(CoreServices core) {
        return core.idempotency();
    }

    @Singleton
    AuditQueries auditQueries(CoreServices core) {
        return core.auditQueries();
    }

    @Singleton
    TimelineQueries timelineQueries(CoreServices core) {
        return core.timelineQueries();
    }

    @Singleton
    ProfileQueries profileQueries(CoreServices core) {
        return core.profileQueries();
    }

    @Singleton
    UpdateProfileUseCase updateProfile(CoreServices core) {
        return core.updateProfile();
    }

    @Singleton
    CurrentMemberUseCase currentMember(CoreServices core) {
        return core.currentMember();
    }

    @Singleton
    MemberQueries memberQueries(CoreServices core) {
        return core.memberQueries();
    }

    @Singleton
    UpdateMemberUseCase updateMember(CoreServices core) {
        return core.updateMember();
    }

    @Singleton
    InviteMemberUseCase inviteMember(CoreServices core) {
        return core.inviteMember();
    }

    @Singleton
    RevokeInvitationUseCase revokeInvitation(CoreServices core) {
        return core.revokeInvitation();
    }

    @Singleton
    InvitationQueries invitationQueries(CoreServices core) {
        return core.invitationQueries();
    }

    @Singleton
    AcceptInvitationUseCase acceptInvitation(CoreServices core) {
        return core.acceptInvitation();
    }

    @Singleton
    PortalLinkUseCase portalLinks(CoreServices core) {
        return core.portalLinks();
    }

    @Singleton
    PortalQueries portalQueries(CoreServices core) {
        return core.portalQueries();
    }

    @Singleton
    PortalQuoteResponseUseCase portalQuoteResponses(CoreServices core) {
        return core.portalQuoteResponses();
    }

    @Singleton
    PortalPaymentUseCase portalPayments(CoreServices core) {
        return core.portalPayments();
    }

    @Singleton
    PaymentLinkUseCase paymentLinks(CoreServices core) {
        return core.paymentLinks();
    }

    @Singleton
    RefundPaymentUseCase refundPayment(CoreServices core) {
        return core.refundPayment();
    }

    @Singleton
    PaymentWebhookUseCase paymentWebhooks(CoreServices core) {
        return core.paymentWebhooks();
    }

    @Singleton
    RunJobsUseCase jobs(CoreServices core) {
        return core.jobs();
    }

    @Singleton
    PaymentAccountUseCase paymentAccount(CoreServices core) {
        return core.paymentAccount();
    }

    @Singleton
    ConversationQueries conversationQueries(CoreServices core) {
        return core.conversationQueries();
    }

    @Singleton
    ConversationUseCase conversations(CoreServices core) {
        return core.conversations();
    }

    @Singleton
    ReceiveEmailUseCase receiveEmail(CoreServices core) {
        return core.receiveEmail();
    }

    @Singleton
    TemplateUseCase templates(CoreServices core) {
        return core.templates();
    }

    @Singleton
    EmailSettingsUseCase emailSettings(CoreServices core) {
        return core.emailSettings();
    }

    @Singleton
    JobQueries jobQueries(CoreServices core) {
        return core.jobQueries();
    }

    @Singleton
    RemindInvoiceUseCase remindInvoice(CoreServices core) {
        return core.remindInvoice();
    }

    @Singleton
    CreateExpenseUseCase createExpense(CoreServices core) {
        return core.createExpense();
    }

    @Singleton
    ExpenseUseCase expenses(CoreServices core) {
        return core.expenses();
    }

    @Singleton
    ExpenseQueries expenseQueries(CoreServices core) {
        return core.expenseQueries();
    }

    @Singleton
    TextToTaskUseCase textToTask(CoreServices core) {
        return core.textToTask();
    }

    @Singleton
    AiDraftUseCase aiDrafts(CoreServices core) {
        return core.aiDrafts();
    }

    @Singleton
    PrecheckUseCase precheck(CoreServices core) {
        return core.precheck();
    }

    @Singleton
    AiSettingsUseCase aiSettings(CoreServices core) {
        return core.aiSettings();
    }

    @Singleton
    AiStatusQueries aiStatus(CoreServices core) {
        return core.aiStatus();
    }

    @Singleton
    AiUsageAdminUseCase aiUsageAdmin(CoreServices core) {
        return core.aiUsageAdmin();
    }

    @Singleton
    DigestUseCase digests(CoreServices core) {
        return core.digests();
    }
}
