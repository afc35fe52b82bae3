package io.smbhub.application.service;

import io.smbhub.application.port.in.LineItemInput;
import io.smbhub.application.port.in.ai.DigestUseCase;
import io.smbhub.application.port.in.ai.PrecheckUseCase;
import io.smbhub.application.port.in.contact.ContactView;
import io.smbhub.application.port.in.invoice.InvoiceDraft;
import io.smbhub.application.port.in.invoice.InvoiceView;
import io.smbhub.domain.ai.SopRule;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.DocumentKind;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.InvoiceId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AI Pre-Check and the CEO digest through the core (issue 6; enterprise-business-os.md features 1 and 2). */
class AiPrecheckAndDigestTest {

    private final ScriptedLanguageModel model = new ScriptedLanguageModel();
    private final CoreFixture f = new CoreFixture("owner@plumbing.test", "Asia/Jakarta", model);

    private InvoiceView invoice(ContactView contact, String taxRate, String discount, LocalDate due) {
        return f.core.createInvoice().create(f.owner, new InvoiceDraft(new ContactId(contact.id()), null,
                LocalDate.of(2026, 3, 2), due, List.of(new LineItemInput("Boiler service", BigDecimal.ONE,
                        new BigDecimal("1000.00"), new BigDecimal(taxRate), new BigDecimal(discount))), "Job 42", null));
    }

    private static SopRule rule(String code, SopRule.Type type, String value, String text) {
        return new SopRule(code, type, value == null ? null : new BigDecimal(value), text, Set.of(DocumentKind.INVOICE), true);
    }

    @Test
    void deterministicRulesReportEachViolationWithRuleAndField() {
        ContactView c = f.contact("Ann", "ann@example.com");
        f.core.aiSettings().replaceSopRules(f.owner, 0L, List.of(
                rule("vat_11", SopRule.Type.VAT_RATE, "11", null),
                rule("max_discount", SopRule.Type.MAX_DISCOUNT_PERCENT, "20", null),
                rule("due_30", SopRule.Type.DUE_WITHIN_DAYS, "30", null),
                rule("no_dup", SopRule.Type.NO_DUPLICATE_WITHIN_DAYS, "7", null)));
        InvoiceView first = invoice(c, "11", "0", LocalDate.of(2026, 3, 16));
        InvoiceView bad = invoice(c, "10", "500", LocalDate.of(2026, 5, 30));

        PrecheckUseCase.PrecheckResult ok = f.core.precheck().precheckInvoice(f.owner, new InvoiceId(first.id()));
        PrecheckUseCase.PrecheckResult result = f.core.precheck().precheckInvoice(f.owner, new InvoiceId(bad.id()));

        assertThat(ok.valid()).isTrue();
        assertThat(ok.rulesChecked()).isEqualTo(4);
        assertThat(ok.modelPass()).isEqualTo("NOT_NEEDED");
        assertThat(result.valid()).isFalse();
        assertThat(result.violations()).extracting(PrecheckUseCase.Violation::rule, PrecheckUseCase.Violation::field)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("vat_11", "line_items[0].tax_rate"),
                        org.assertj.core.groups.Tuple.tuple("max_discount", "line_items[0].discount"),
                        org.assertj.core.groups.Tuple.tuple("due_30", "due_date"));
        // same contact, same total (1000 + 11% VAT) within 7 days: the second identical invoice is a possible duplicate
        InvoiceView twin = invoice(c, "11", "0", LocalDate.of(2026, 3, 16));
        assertThat(f.core.precheck().precheckInvoice(f.owner, new InvoiceId(twin.id())).violations())
                .extracting(PrecheckUseCase.Violation::rule).containsExactly("no_dup");
    }

    @Test
    void freeTextRulesGoToTheModelAndOnlyTheirCodesAreAccepted() {
        ContactView c = f.contact("Ann", "ann@example.com");
        f.core.aiSettings().replaceSopRules(f.owner, 0L, List.of(
                rule("project_code", SopRule.Type.FREE_TEXT, null, "Invoice notes must carry a project code like PRJ-123")));
        model.answering(p -> Map.of("violations", List.of(
                Map.of("rule", "project_code", "field", "notes", "message", "Notes have no project code"),
                Map.of("rule", "made_up", "message", "hallucinated"))));
        InvoiceView inv = invoice(c, "11", "0", LocalDate.of(2026, 3, 16));

        PrecheckUseCase.PrecheckResult result = f.core.precheck().precheckInvoice(f.owner, new InvoiceId(inv.id()));

        assertThat(result.modelPass()).isEqualTo("DONE");
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("project_code");
            assertThat(v.field()).isEqualTo("notes");
        });
        assertThat(model.prompts()).singleElement().satisfies(p -> assertThat(p.user()).contains("PRJ-123").contains("Boiler service"));

        model.down(true);
        PrecheckUseCase.PrecheckResult degraded = f.core.precheck().precheckInvoice(f.owner, new InvoiceId(inv.id()));
        assertThat(degraded.modelPass()).isEqualTo("UNAVAILABLE");
        assertThat(degraded.valid()).isTrue();
    }

    @Test
    void rulesAreValidatedAndVersioned() {
        assertThatThrownBy(() -> f.core.aiSettings().replaceSopRules(f.owner, 0L,
                List.of(rule("vat", SopRule.Type.VAT_RATE, null, null))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR));
        f.core.aiSettings().replaceSopRules(f.owner, 0L, List.of(rule("vat", SopRule.Type.VAT_RATE, "11", null)));
        assertThatThrownBy(() -> f.core.aiSettings().replaceSopRules(f.owner, 0L, List.of()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThat(f.core.aiSettings().sopRules(f.owner).rules()).hasSize(1);
    }

    @Test
    void theDigestRunsAtFiveLocalTimeWithFiguresAndInsightsAndIsEmailedToOwnersOnce() {
        ContactView c = f.contact("Ann", "ann@example.com");
        invoice(c, "11", "0", LocalDate.of(2026, 3, 16));
        model.answering(p -> Map.of("insights", List.of("Collect overdue invoices", "Raise prices", "Hire", "fourth")));
        // START is 2026-03-02T09:00Z = 16:00 in Jakarta; the next 05:00 local is 2026-03-02T22:00Z
        f.hub.clock().advance(Duration.ofHours(12).plusMinutes(59));
        assertThat(f.core.digests().scheduleDue(f.hub.clock().now())).as("04:59 on the 3rd in Jakarta").isZero();
        f.hub.clock().advance(Duration.ofMinutes(1));
        int due = f.core.digests().scheduleDue(f.hub.clock().now());
        assertThat(due).isEqualTo(1);
        assertThat(f.core.digests().scheduleDue(f.hub.clock().now())).isZero();
        f.deliver();

        DigestUseCase.DigestView digest = f.core.digests().digest(f.owner, LocalDate.of(2026, 3, 2));
        assertThat(digest.insights()).containsExactly("Collect overdue invoices", "Raise prices", "Hire");
        assertThat(digest.insightsStatus()).isEqualTo("GENERATED");
        assertThat(digest.emailedAt()).isNotNull();
        assertThat(digest.figures()).containsKeys("revenue", "payments_received", "overdue_ar", "open_work_items");
        assertThat(f.hub.email().emails()).filteredOn(e -> e.subject().startsWith("Daily digest"))
                .anySatisfy(e -> {
                    assertThat(e.to()).extracting(a -> a.address()).containsExactly("owner@plumbing.test");
                    assertThat(e.text()).contains("Collect overdue invoices");
                });
        assertThat(model.prompts()).anySatisfy(p -> assertThat(p.system()).contains("three strategic insights"));
    }

    @Test
    void withoutAModelTheDigestStillCarriesTheFigures() {
        CoreFixture offline = new CoreFixture("boss@shop.test", "UTC");
        offline.hub.clock().advance(Duration.ofDays(1));
        assertThat(offline.core.digests().scheduleDue(offline.hub.clock().now())).isEqualTo(1);
        offline.deliver();
        DigestUseCase.DigestView digest = offline.core.digests().digest(offline.owner, null);
        assertThat(digest.insightsStatus()).isEqualTo("NO_MODEL");
        assertThat(digest.insights()).isEmpty();
        assertThat(offline.hub.email().emails()).anySatisfy(e -> assertThat(e.text()).contains("No AI insights today"));
    }
}
