package io.smbhub.application.service.ai;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.ai.PrecheckUseCase;
import io.smbhub.application.port.out.AiReadModel;
import io.smbhub.application.port.out.InvoiceRepository;
import io.smbhub.application.port.out.JsonSchema;
import io.smbhub.application.port.out.LanguageModel;
import io.smbhub.application.port.out.QuoteRepository;
import io.smbhub.application.port.out.SopRuleRepository;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.service.support.Access;
import io.smbhub.application.service.support.Documents;
import io.smbhub.application.service.support.JsonText;
import io.smbhub.domain.ai.AiFeature;
import io.smbhub.domain.ai.PrecheckSubject;
import io.smbhub.domain.ai.PrecheckViolation;
import io.smbhub.domain.ai.SopEvaluator;
import io.smbhub.domain.ai.SopRule;
import io.smbhub.domain.ai.SopRuleset;
import io.smbhub.domain.invoice.Invoice;
import io.smbhub.domain.invoice.InvoiceStatus;
import io.smbhub.domain.quote.Quote;
import io.smbhub.domain.quote.QuoteStatus;
import io.smbhub.domain.shared.DocumentKind;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.LineItem;
import io.smbhub.domain.shared.QuoteId;
import io.smbhub.domain.tenant.Permission;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * AI Pre-Check ({@link PrecheckUseCase}; enterprise-business-os.md feature 2; issue 6). One tenant transaction reads
 * the document, the ruleset and possible duplicates and evaluates the deterministic rules ({@link SopEvaluator});
 * then, only when the ruleset has enabled FREE_TEXT rules for this kind, one model call outside the transaction
 * checks those rules against the document (redacted and metered by the port's decorators). The model may only report
 * violations of FREE_TEXT rules (other codes in its answer are ignored). A model that is missing, down or over quota
 * leaves the deterministic answer standing and says so in {@code modelPass}.
 */
public final class PrecheckService implements PrecheckUseCase {

    private static final System.Logger LOG = System.getLogger(PrecheckService.class.getName());

    private final InvoiceRepository invoices;
    private final QuoteRepository quotes;
    private final SopRuleRepository rules;
    private final AiReadModel readModel;
    private final LanguageModel model;
    private final Documents documents;
    private final TransactionRunner tx;
    private final TimeSource clock;

    public PrecheckService(InvoiceRepository invoices, QuoteRepository quotes, SopRuleRepository rules,
                           AiReadModel readModel, LanguageModel model, Documents documents, TransactionRunner tx,
                           TimeSource clock) {
        this.invoices = invoices;
        this.quotes = quotes;
        this.rules = rules;
        this.readModel = readModel;
        this.model = model;
        this.documents = documents;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public PrecheckResult precheckInvoice(Actor actor, InvoiceId id) {
        Access.require(actor, Permission.DOCUMENTS_READ);
        return check(actor, () -> {
            Invoice i = invoices.findById(actor.tenantId(), id)
                    .filter(x -> !actor.role().scopedToAssigned() || x.status() == InvoiceStatus.DRAFT)
                    .orElseThrow(() -> DomainException.notFound("Invoice", id));
            return new PrecheckSubject(DocumentKind.INVOICE, i.id().value(), i.number(), i.details().contactId(),
                    i.details().lineItems(), i.totals().total(), i.details().issueDate(), i.details().dueDate(),
                    i.details().notes());
        });
    }

    @Override
    public PrecheckResult precheckQuote(Actor actor, QuoteId id) {
        Access.require(actor, Permission.DOCUMENTS_READ);
        return check(actor, () -> {
            Quote q = quotes.findById(actor.tenantId(), id)
                    .filter(x -> !actor.role().scopedToAssigned() || x.status() == QuoteStatus.DRAFT)
                    .orElseThrow(() -> DomainException.notFound("Quote", id));
            return new PrecheckSubject(DocumentKind.QUOTE, q.id().value(), q.number(), q.details().contactId(),
                    q.details().lineItems(), q.totals().total(), q.details().issueDate(), q.details().expiryDate(),
                    q.details().notes());
        });
    }

    private record Evaluated(PrecheckSubject subject, SopRuleset rules, List<PrecheckViolation> violations, int checked) {
    }

    private PrecheckResult check(Actor actor, java.util.function.Supplier<PrecheckSubject> load) {
        Evaluated e = tx.inTenant(actor.tenantId(), () -> {
            PrecheckSubject subject = load.get();
            SopRuleset set = rules.find(actor.tenantId()).orElse(SopRuleset.empty(actor.tenantId()));
            LocalDate today = documents.today(actor);
            List<SopEvaluator.Duplicate> duplicates = new ArrayList<>();
            int window = SopEvaluator.duplicateWindowDays(set, subject);
            if (window > 0 && subject.contactId() != null) {
                for (AiReadModel.SimilarDocument d : readModel.similarDocuments(actor.tenantId(), subject.kind(),
                        subject.contactId(), subject.total(), clock.now().minus(Duration.ofDays(window)), subject.id())) {
                    duplicates.add(new SopEvaluator.Duplicate(d.number(), Math.max(0, ChronoUnit.DAYS.between(d.createdAt(), clock.now()))));
                }
            }
            int checked = (int) set.rules().stream().filter(r -> r.checks(subject.kind())).count();
            return new Evaluated(subject, set, SopEvaluator.evaluate(set, subject, today, duplicates), checked);
        });
        List<SopRule> freeText = e.rules().rules().stream()
                .filter(r -> r.checks(e.subject().kind()) && r.type() == SopRule.Type.FREE_TEXT).toList();
        List<Violation> violations = new ArrayList<>();
        e.violations().forEach(v -> violations.add(new Violation(v.rule(), v.field(), v.message())));
        String modelPass;
        if (freeText.isEmpty()) {
            modelPass = "NOT_NEEDED";
        } else if (!model.configured()) {
            modelPass = "NOT_CONFIGURED";
        } else {
            try {
                violations.addAll(modelPass(actor, e.subject(), freeText));
                modelPass = "DONE";
            } catch (DomainException ex) {
                if (ex.code() == ErrorCode.QUOTA_EXCEEDED) {
                    modelPass = "QUOTA_EXCEEDED";
                } else if (ex.code() == ErrorCode.AI_UNAVAILABLE || ex.code() == ErrorCode.PROVIDER_ERROR) {
                    LOG.log(System.Logger.Level.INFO, "Pre-check model pass skipped: " + ex.getMessage());
                    modelPass = "UNAVAILABLE";
                } else {
                    throw ex;
                }
            }
        }
        return new PrecheckResult(violations.isEmpty(), List.copyOf(violations), e.checked(), modelPass, clock.now());
    }

    private static final JsonSchema ANSWER = JsonSchema.object("Violations of the free-text rules",
            Map.of("violations", JsonSchema.array("One entry per rule the document breaks; empty when it breaks none",
                    JsonSchema.object("A broken rule", orderedViolation(), List.of("rule", "message")))),
            List.of("violations"));

    private static Map<String, JsonSchema> orderedViolation() {
        Map<String, JsonSchema> m = new LinkedHashMap<>();
        m.put("rule", JsonSchema.string("The code of the broken rule, exactly as given"));
        m.put("field", JsonSchema.string("The document field at fault, e.g. notes, line_items[0].name, due_date; or null"));
        m.put("message", JsonSchema.string("One sentence: what is wrong and what the rule asks"));
        return m;
    }

    private List<Violation> modelPass(Actor actor, PrecheckSubject s, List<SopRule> freeText) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("kind", s.kind().name());
        doc.put("number", s.number());
        doc.put("issue_date", s.issueDate() == null ? null : s.issueDate().toString());
        doc.put(s.kind() == DocumentKind.QUOTE ? "expiry_date" : "due_date", s.dueDate() == null ? null : s.dueDate().toString());
        doc.put("currency", s.total().currency());
        doc.put("total", s.total().amount());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (LineItem l : s.lineItems()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("name", l.name());
            line.put("quantity", l.quantity());
            line.put("unit_price", l.unitPrice().amount());
            line.put("tax_rate_percent", l.taxRate());
            line.put("discount", l.discount().amount());
            lines.add(line);
        }
        doc.put("line_items", lines);
        doc.put("notes", s.notes());
        List<Map<String, Object>> ruleList = new ArrayList<>();
        for (SopRule r : freeText) {
            ruleList.add(Map.of("code", r.code(), "rule", r.text()));
        }
        String system = "You check business documents against a company's standard operating procedures. Judge only "
                + "the rules given, only from the document given. Report a rule only when the document clearly breaks it.";
        String user = "Rules:\n" + JsonText.write(ruleList) + "\n\nDocument:\n" + JsonText.write(doc);
        LanguageModel.Completion answer = model.generateJson(new LanguageModel.Prompt(
                new LanguageModel.CallContext(actor.tenantId(), actor.userId(), AiFeature.PRECHECK), system, user), ANSWER);
        Set<String> codes = freeText.stream().map(SopRule::code).collect(Collectors.toSet());
        List<Violation> out = new ArrayList<>();
        Object list = answer.json() == null ? null : answer.json().get("violations");
        if (list instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> m && m.get("rule") instanceof String code && codes.contains(code)
                        && m.get("message") instanceof String message && !message.isBlank()) {
                    Object field = m.get("field");
                    out.add(new Violation(code, field instanceof String f && !f.isBlank() ? f : null, message.strip()));
                }
            }
        }
        return out;
    }
}
