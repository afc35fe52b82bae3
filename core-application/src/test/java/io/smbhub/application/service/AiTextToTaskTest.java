package io.smbhub.application.service;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.application.port.in.ai.AiDraftUseCase;
import io.smbhub.application.port.in.ai.AiDraftView;
import io.smbhub.application.port.in.ai.ParseView;
import io.smbhub.application.port.in.audit.AuditQueries;
import io.smbhub.application.port.in.inbox.ReceiveEmailUseCase.ReceivedEmail;
import io.smbhub.application.port.out.InboundEmail;
import io.smbhub.application.port.out.JobQueue;
import io.smbhub.domain.shared.AiDraftId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.MessageId;
import io.smbhub.domain.tenant.Role;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Text-to-Task through the core (issue 6; spec smb-hub-prd.md 1.4.A, 10.5, 12.2 E) and the AI Draft Safety Suite of
 * spec 6.3.2: applying twice creates one object, a low-confidence draft never auto-applies (and nothing is ever
 * sent), edits are audited.
 */
class AiTextToTaskTest {

    private static final String CUSTOMER_TEXT = "Hi, please invoice me for 2x AC service at 150000 each. "
            + "My email is rina.customer@example.com and phone 0812-3456-7890. Regards, Rina";

    private final ScriptedLanguageModel model = new ScriptedLanguageModel().answering(p -> invoiceAnswer("0.95"));
    private final CoreFixture f = new CoreFixture("owner@plumbing.test", "Asia/Jakarta", model);

    private static Map<String, Object> invoiceAnswer(String confidence) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("contact_name", "Rina");
        fields.put("contact_email", "[REDACTED_EMAIL_1]");
        fields.put("currency", "IDR");
        fields.put("line_items", List.of(Map.of("description", "AC service", "quantity", new BigDecimal("2"),
                "unit_price", new BigDecimal("150000"))));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("intent", "DRAFT_INVOICE");
        answer.put("confidence", new BigDecimal(confidence));
        answer.put("fields", fields);
        answer.put("alternatives", List.of("DRAFT_QUOTE"));
        return answer;
    }

    private ReceivedEmail receive(String text) {
        InboundEmail email = new InboundEmail("m-" + UUID.randomUUID() + "@mail.example", null, List.of(),
                new InboundEmail.Address("rina.customer@example.com", "Rina"), null,
                List.of(new InboundEmail.Address(f.inboundAddress(), "Pipe & Co")), List.of(), List.of(), "AC service",
                Instant.parse("2026-03-02T08:00:00Z"), text, null, List.of());
        return f.core.receiveEmail().receive(f.raw(email), List.of());
    }

    private AiDraftView parseAndRun(ReceivedEmail received) {
        ParseView parse = f.core.textToTask().parseMessage(f.owner, MessageId.parse(received.messageId(), "id"));
        assertThat(parse.status()).isEqualTo("QUEUED");
        assertThat(parse.draft()).isNull();
        f.deliver();
        return f.core.aiDrafts().get(f.owner, new AiDraftId(parse.draftId()));
    }

    private int invoiceCount() {
        return f.core.invoiceQueries().list(f.owner, new io.smbhub.application.port.in.invoice.InvoiceQueries.ListQuery(
                null, false, null, new PageRequest(100, null))).items().size();
    }

    @Test
    void aMessageBecomesAPendingDraftThroughAJobAndTheModelNeverSeesThePii() {
        AiDraftView draft = parseAndRun(receive(CUSTOMER_TEXT));

        assertThat(draft.status()).isEqualTo("PENDING_QC");
        assertThat(draft.intent()).isEqualTo("DRAFT_INVOICE");
        assertThat(draft.extractor()).isEqualTo("gemini-2.5-flash");
        assertThat(draft.confidence()).isEqualByComparingTo("0.95");
        assertThat(draft.confidenceLevel()).isEqualTo("HIGH");
        assertThat(draft.sourceType()).isEqualTo("MESSAGE");
        // the placeholder the model answered was restored to the customer's real address
        assertThat(draft.payload()).containsEntry("contact_email", "rina.customer@example.com");
        assertThat(model.prompts()).isNotEmpty().allSatisfy(p -> assertThat(p.system() + p.user())
                .doesNotContain("rina.customer@example.com").doesNotContain("0812-3456-7890").contains("[REDACTED_EMAIL_1]"));
        assertThat(invoiceCount()).isZero();
    }

    @Test
    void parsingTheSameMessageAgainAnswersTheSameJobThenTheExistingDraft() {
        ReceivedEmail received = receive(CUSTOMER_TEXT);
        MessageId id = MessageId.parse(received.messageId(), "id");
        ParseView first = f.core.textToTask().parseMessage(f.owner, id);
        ParseView second = f.core.textToTask().parseMessage(f.owner, id);
        assertThat(second.jobId()).isEqualTo(first.jobId());
        assertThat(second.draftId()).isEqualTo(first.draftId());
        assertThat(second.existing()).isTrue();

        f.deliver();
        ParseView third = f.core.textToTask().parseMessage(f.owner, id);
        assertThat(third.existing()).isTrue();
        assertThat(third.draft()).isNotNull();
        assertThat(third.draftId()).isEqualTo(first.draftId());
        assertThat(f.core.aiDrafts().list(f.owner, null, null, null, 100).items()).hasSize(1);
    }

    @Test
    void applyingTwiceCreatesOneDraftInvoiceAndSendsNothing() {
        AiDraftView draft = parseAndRun(receive(CUSTOMER_TEXT));
        int emailsBefore = f.hub.email().emails().size();

        AiDraftUseCase.ApplyResult first = f.core.aiDrafts().apply(f.owner, new AiDraftId(draft.id()), draft.version(),
                null, null, "looks right");
        AiDraftUseCase.ApplyResult second = f.core.aiDrafts().apply(f.owner, new AiDraftId(draft.id()), null, null, null, null);

        assertThat(first.alreadyApplied()).isFalse();
        assertThat(second.alreadyApplied()).isTrue();
        assertThat(second.targetId()).isEqualTo(first.targetId());
        assertThat(first.targetType()).isEqualTo("invoice");
        assertThat(first.draft().status()).isEqualTo("APPLIED");
        assertThat(first.draft().reviewNotes()).isEqualTo("looks right");
        assertThat(invoiceCount()).isEqualTo(1);
        var invoice = f.core.invoiceQueries().get(f.owner, new InvoiceId(first.targetId()));
        assertThat(invoice.status().name()).isEqualTo("DRAFT");
        assertThat(invoice.currency()).isEqualTo("IDR");
        assertThat(invoice.total().amount()).isEqualByComparingTo("300000");
        f.deliver();
        assertThat(f.hub.email().emails()).hasSize(emailsBefore);
        // the customer became a contact from the draft's name and email
        assertThat(f.core.contactQueries().get(f.owner, new io.smbhub.domain.shared.ContactId(invoice.contactId())).email())
                .isEqualTo("rina.customer@example.com");
    }

    @Test
    void autoApplyCreatesOnlyADraftAboveTheThresholdAndNeverForLowConfidence() {
        f.core.aiSettings().updateSettings(f.owner, null, null, null, true, new BigDecimal("0.90"), null);

        model.answering(p -> invoiceAnswer("0.55"));
        AiDraftView low = parseAndRun(receive(CUSTOMER_TEXT));
        assertThat(low.status()).isEqualTo("PENDING_QC");
        assertThat(invoiceCount()).isZero();

        model.answering(p -> invoiceAnswer("0.96"));
        AiDraftView high = parseAndRun(receive(CUSTOMER_TEXT + " (second job)"));
        assertThat(high.status()).isEqualTo("APPLIED");
        assertThat(high.targetType()).isEqualTo("invoice");
        assertThat(f.core.invoiceQueries().get(f.owner, new InvoiceId(high.targetId())).status().name()).isEqualTo("DRAFT");
        assertThat(f.deliver()).isEmpty();
    }

    @Test
    void theOfflineExtractorDraftsWhenTheModelFailsMidJobAndItsDraftsNeverAutoApply() {
        f.core.aiSettings().updateSettings(f.owner, null, null, null, true, new BigDecimal("0.50"), null);
        model.failCalls(true);

        AiDraftView draft = parseAndRun(receive(CUSTOMER_TEXT));

        assertThat(draft.extractor()).isEqualTo("rules");
        assertThat(draft.status()).isEqualTo("PENDING_QC");
        assertThat(draft.confidence()).isLessThanOrEqualTo(new BigDecimal("0.60"));
        assertThat(invoiceCount()).isZero();
    }

    @Test
    void aModelThatIsDownMakesParsingAnswerAiUnavailableAndChangesNothing() {
        model.down(true);
        ReceivedEmail received = receive(CUSTOMER_TEXT);

        assertThatThrownBy(() -> f.core.textToTask().parseMessage(f.owner, MessageId.parse(received.messageId(), "id")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.AI_UNAVAILABLE));
        assertThat(f.core.aiStatus().status(f.owner).mode()).isEqualTo("UNAVAILABLE");
        assertThat(f.core.aiStatus().status(f.owner).available()).isFalse();
        assertThat(f.deliver()).isEmpty();
        assertThat(f.core.aiDrafts().list(f.owner, null, null, null, 100).items()).isEmpty();
    }

    @Test
    void editsBeforeApplyAreAuditedWithBeforeAndAfter() {
        AiDraftView draft = parseAndRun(receive(CUSTOMER_TEXT));
        Map<String, Object> payload = new LinkedHashMap<>(draft.payload());
        payload.put("due_date", "2026-03-20");
        payload.put("line_items", List.of(Map.of("description", "AC service", "quantity", "3", "unit_price", "150000")));

        AiDraftView edited = f.core.aiDrafts().edit(f.owner, new AiDraftId(draft.id()), draft.version(), null, payload);
        AiDraftUseCase.ApplyResult applied = f.core.aiDrafts().apply(f.owner, new AiDraftId(draft.id()), edited.version(),
                "DRAFT_QUOTE", null, null);

        assertThat(edited.edited()).isTrue();
        assertThat(applied.targetType()).isEqualTo("quote");
        var audit = f.core.auditQueries().list(f.owner, new AuditQueries.ListQuery("ai_draft", draft.id(), null, null,
                null, null, PageRequest.first())).items();
        assertThat(audit).extracting(e -> e.action()).contains("ai_draft.created", "ai_draft.edited", "ai_draft.applied");
        assertThat(audit).filteredOn(e -> e.action().equals("ai_draft.edited")).hasSize(2)
                .anySatisfy(e -> {
                    assertThat(String.valueOf(e.before())).contains("quantity=2").doesNotContain("2026-03-20");
                    assertThat(String.valueOf(e.after())).contains("quantity=3").contains("2026-03-20");
                })
                .anySatisfy(e -> {
                    assertThat(e.before()).containsEntry("intent", "DRAFT_INVOICE");
                    assertThat(e.after()).containsEntry("intent", "DRAFT_QUOTE");
                });
    }

    @Test
    void aViewerCannotApplyAndARejectedDraftCannotBeApplied() {
        AiDraftView draft = parseAndRun(receive(CUSTOMER_TEXT));
        Actor viewer = f.member(Role.VIEWER);
        assertThatThrownBy(() -> f.core.aiDrafts().apply(viewer, new AiDraftId(draft.id()), null, null, null, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));

        f.core.aiDrafts().reject(f.owner, new AiDraftId(draft.id()), draft.version(), "spam");
        assertThatThrownBy(() -> f.core.aiDrafts().apply(f.owner, new AiDraftId(draft.id()), null, null, null, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION));
        assertThat(invoiceCount()).isZero();
    }

    @Test
    void anotherTenantCannotSeeOrApplyTheDraft() {
        AiDraftView draft = parseAndRun(receive(CUSTOMER_TEXT));
        Actor other = f.otherBusiness("owner@other.test");
        assertThatThrownBy(() -> f.core.aiDrafts().get(other, new AiDraftId(draft.id())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThatThrownBy(() -> f.core.aiDrafts().apply(other, new AiDraftId(draft.id()), null, null, null, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThat(f.core.aiDrafts().list(other, null, null, null, 100).items()).isEmpty();
    }

    @Test
    void everyModelCallIsMeteredAndTheHardLimitStopsParsing() {
        parseAndRun(receive(CUSTOMER_TEXT));
        var usage = f.core.aiStatus().usage(f.owner, null);
        assertThat(usage.calls()).isEqualTo(1);
        assertThat(usage.inputTokens()).isEqualTo(1200);
        assertThat(usage.outputTokens()).isEqualTo(300);
        // gemini-2.5-flash: 1200 × 0.30 / 1M + 300 × 2.50 / 1M = 0.000360 + 0.000750
        assertThat(usage.costUsd()).isEqualByComparingTo("0.001110");
        assertThat(usage.byFeature()).containsKey("TEXT_TO_TASK");

        model.usage(1_000_000, 0);
        parseAndRun(receive(CUSTOMER_TEXT + " again"));
        assertThat(f.core.aiStatus().status(f.owner).quota().status()).isEqualTo("EXCEEDED");
        ReceivedEmail third = receive(CUSTOMER_TEXT + " third");
        assertThatThrownBy(() -> f.core.textToTask().parseMessage(f.owner, MessageId.parse(third.messageId(), "id")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.QUOTA_EXCEEDED));
    }

    @Test
    void onlyPlatformAdminsSeeCostAgainstRevenueAndSetPlans() {
        parseAndRun(receive(CUSTOMER_TEXT));
        Actor other = f.otherBusiness("owner@other.test");
        assertThatThrownBy(() -> f.core.aiUsageAdmin().usage(f.owner, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        var admins = new io.smbhub.application.port.out.AiPricing(io.smbhub.application.port.out.AiPricing.defaults().prices(),
                io.smbhub.application.port.out.AiPricing.defaults().fallback(),
                io.smbhub.application.port.out.AiPricing.defaults().plans(), "starter", java.util.Set.of("owner@other.test"));
        assertThat(admins.isPlatformAdmin("Owner@Other.test")).isTrue();
        // the in-memory core has no platform admins configured: even the other business's owner is refused
        assertThatThrownBy(() -> f.core.aiUsageAdmin().setPlan(other, f.owner.tenantId(), "pro"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
    }

    @Test
    void pastedTextWithoutAModelIsDraftedOfflineForReview() {
        CoreFixture offline = new CoreFixture();
        ParseView parse = offline.core.textToTask().parseText(offline.owner, "Tolong perbaiki AC bocor di kantor besok, segera ya");
        offline.deliver();
        AiDraftView draft = offline.core.aiDrafts().get(offline.owner, new AiDraftId(parse.draftId()));
        assertThat(draft.sourceType()).isEqualTo("MANUAL");
        assertThat(draft.extractor()).isEqualTo("rules");
        assertThat(draft.status()).isEqualTo("PENDING_QC");
        assertThat(offline.core.aiStatus().status(offline.owner).mode()).isEqualTo("OFFLINE");
        assertThat(offline.core.aiStatus().status(offline.owner).available()).isTrue();
        assertThatThrownBy(() -> offline.core.textToTask().parseText(offline.owner, "  "))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR));
    }
}
