package io.smbhub.application.service.ai;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.ai.DigestUseCase;
import io.smbhub.application.port.out.AiReadModel;
import io.smbhub.application.port.out.DigestRepository;
import io.smbhub.application.port.out.EmailSender;
import io.smbhub.application.port.out.JobQueue;
import io.smbhub.application.port.out.JsonSchema;
import io.smbhub.application.port.out.LanguageModel;
import io.smbhub.application.port.out.OutgoingEmail;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.port.out.UserAccountRepository;
import io.smbhub.application.service.inbox.MailIdentity;
import io.smbhub.application.service.job.JobHandler;
import io.smbhub.application.service.job.JobPayloads;
import io.smbhub.application.service.support.Access;
import io.smbhub.application.service.support.Documents;
import io.smbhub.application.service.support.JsonText;
import io.smbhub.domain.ai.AiFeature;
import io.smbhub.domain.ai.AiSettings;
import io.smbhub.domain.ai.Digest;
import io.smbhub.domain.ai.DigestFigures;
import io.smbhub.domain.inbox.EmailAddress;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.tenant.MemberStatus;
import io.smbhub.domain.tenant.Permission;
import io.smbhub.domain.tenant.Role;
import io.smbhub.domain.tenant.Tenant;
import io.smbhub.domain.tenant.TenantMember;
import io.smbhub.domain.tenant.UserAccount;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CEO digest ({@link DigestUseCase}; enterprise-business-os.md feature 1; issue 6) and its {@code AI_DIGEST} job.
 *
 * <p>{@link #scheduleDue} enqueues, per tenant whose local clock passed 05:00, one job keyed {@code digest:<tenant>:<day>}
 * for yesterday (tenant-local). The job: (1) in a tenant transaction, aggregates the day with the read model (a
 * digest already emailed is left alone); (2) outside any transaction, asks the model for three insights from the
 * figures as JSON (the port's decorators redact and meter the call) — skipped without a model or when the tenant
 * turned it off, and any model failure leaves the figures to go out alone; (3) stores the digest; (4) emails it to
 * the tenant's active owners and records when. A retried job re-uses a stored digest's insights, so a crash after
 * the model call does not pay for a second one.
 */
public final class DigestService implements DigestUseCase, JobHandler {

    /** Local time the digest is due. */
    public static final LocalTime DUE_AT = LocalTime.of(5, 0);
    private static final System.Logger LOG = System.getLogger(DigestService.class.getName());

    private final AiReadModel readModel;
    private final DigestRepository digests;
    private final JobQueue jobs;
    private final LanguageModel model;
    private final AiBudget budget;
    private final UserAccountRepository users;
    private final EmailSender email;
    private final MailIdentity identity;
    private final Documents documents;
    private final TransactionRunner tx;
    private final TimeSource clock;

    public DigestService(AiReadModel readModel, DigestRepository digests, JobQueue jobs, LanguageModel model,
                         AiBudget budget, UserAccountRepository users, EmailSender email, MailIdentity identity,
                         Documents documents, TransactionRunner tx, TimeSource clock) {
        this.readModel = readModel;
        this.digests = digests;
        this.jobs = jobs;
        this.model = model;
        this.budget = budget;
        this.users = users;
        this.email = email;
        this.identity = identity;
        this.documents = documents;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public DigestView digest(Actor actor, LocalDate day) {
        Access.require(actor, Permission.PAYMENTS_READ);
        return tx.inTenant(actor.tenantId(), () -> (day == null ? digests.latest(actor.tenantId())
                : digests.find(actor.tenantId(), day)).map(DigestService::view)
                .orElseThrow(() -> DomainException.notFound("Digest", day == null ? "latest" : day)));
    }

    @Override
    public int scheduleDue(Instant now) {
        int enqueued = 0;
        for (AiReadModel.TenantZone tz : tx.withoutTenant(readModel::tenantZones)) {
            ZonedDateTime local = now.atZone(tz.zone());
            if (local.toLocalTime().isBefore(DUE_AT)) {
                continue;
            }
            LocalDate day = local.toLocalDate().minusDays(1);
            boolean added = tx.inTenant(tz.tenant(), () -> {
                if (digests.find(tz.tenant(), day).isPresent()) {
                    return false;
                }
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("tenant_id", tz.tenant());
                payload.put("day", day);
                return jobs.enqueue(JobQueue.Kind.AI_DIGEST, "digest:" + tz.tenant() + ":" + day, JobPayloads.of(payload), clock.now());
            });
            enqueued += added ? 1 : 0;
        }
        return enqueued;
    }

    @Override
    public void handle(JobQueue.Job job) {
        TenantId tenant = TenantId.parse(JobPayloads.field(job, "tenant_id"), "tenant_id");
        LocalDate day = LocalDate.parse(JobPayloads.field(job, "day"));
        Prepared prepared = tx.inTenant(tenant, () -> {
            Optional<Digest> stored = digests.find(tenant, day);
            if (stored.isPresent() && stored.get().emailedAt() != null) {
                return null;
            }
            Tenant t = documents.systemContext(tenant).tenant();
            Instant from = day.atStartOfDay(t.timezone()).toInstant();
            Instant to = day.plusDays(1).atStartOfDay(t.timezone()).toInstant();
            DigestFigures figures = stored.map(Digest::figures).orElseGet(() -> readModel.digestFigures(tenant, from, to));
            return new Prepared(t, figures, stored.orElse(null), budget.settings(tenant), recipients(tenant));
        });
        if (prepared == null) {
            return;
        }
        Digest digest = prepared.stored() != null ? prepared.stored() : insights(prepared, day);
        if (prepared.stored() == null) {
            tx.inTenant(tenant, () -> {
                digests.save(digest);
                return null;
            });
        }
        if (!prepared.recipients().isEmpty()) {
            MailIdentity.Sender sender = tx.inTenant(tenant, () -> identity.of(prepared.tenant()));
            email.send(email(prepared, digest, sender), sender.smtp());
        }
        tx.inTenant(tenant, () -> {
            digests.save(digest.emailed(clock.now()));
            return null;
        });
    }

    private record Prepared(Tenant tenant, DigestFigures figures, Digest stored, AiSettings settings,
                            List<EmailAddress> recipients) {
    }

    private static final JsonSchema INSIGHTS = JsonSchema.object("Strategic insights",
            Map.of("insights", JsonSchema.array("Exactly three short strategic insights, most important first",
                    JsonSchema.string("One or two sentences a business owner can act on"))), List.of("insights"));

    private Digest insights(Prepared p, LocalDate day) {
        TenantId tenant = p.tenant().id();
        if (!p.settings().digestEnabled()) {
            return new Digest(tenant, day, p.figures(), List.of(), Digest.InsightsStatus.DISABLED, null, clock.now(), null);
        }
        if (!model.configured()) {
            return new Digest(tenant, day, p.figures(), List.of(), Digest.InsightsStatus.NO_MODEL, null, clock.now(), null);
        }
        try {
            String system = "Act as a business analyst for a small business. Summarise the day's figures into exactly "
                    + "three strategic insights. Use only the figures given; amounts are in the currencies shown.";
            LanguageModel.Completion answer = model.generateJson(new LanguageModel.Prompt(
                    new LanguageModel.CallContext(tenant, null, AiFeature.DIGEST), system,
                    "Business: " + p.tenant().name() + "\nDay: " + day + "\nFigures (JSON):\n" + JsonText.write(figuresMap(p.figures()))),
                    INSIGHTS);
            List<String> insights = new ArrayList<>();
            if (answer.json() != null && answer.json().get("insights") instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof String s && !s.isBlank() && insights.size() < 3) {
                        insights.add(s.strip().length() > 500 ? s.strip().substring(0, 500) : s.strip());
                    }
                }
            }
            return new Digest(tenant, day, p.figures(), insights, Digest.InsightsStatus.GENERATED, answer.model(),
                    clock.now(), null);
        } catch (DomainException e) {
            if (e.code() != ErrorCode.AI_UNAVAILABLE && e.code() != ErrorCode.PROVIDER_ERROR
                    && e.code() != ErrorCode.QUOTA_EXCEEDED) {
                throw e;
            }
            LOG.log(System.Logger.Level.INFO, "Digest of " + tenant + " for " + day + " goes out without insights: " + e.code());
            return new Digest(tenant, day, p.figures(), List.of(), e.code() == ErrorCode.QUOTA_EXCEEDED
                    ? Digest.InsightsStatus.QUOTA_EXCEEDED : Digest.InsightsStatus.UNAVAILABLE, null, clock.now(), null);
        }
    }

    private List<EmailAddress> recipients(TenantId tenant) {
        List<UserId> owners = new ArrayList<>();
        java.util.UUID after = null;
        while (true) {
            List<TenantMember> page = users.listMembers(tenant, after, 100);
            for (TenantMember m : page) {
                if (m.role() == Role.OWNER && m.status() == MemberStatus.ACTIVE) {
                    owners.add(m.userId());
                }
            }
            if (page.size() < 100) {
                break;
            }
            after = page.get(page.size() - 1).userId().value();
        }
        return users.findByIds(owners).stream().map(UserAccount::email).map(e -> new EmailAddress(e, null)).toList();
    }

    private OutgoingEmail email(Prepared p, Digest d, MailIdentity.Sender sender) {
        StringBuilder text = new StringBuilder();
        text.append("Good morning,\n\nHere is ").append(p.tenant().name()).append(" for ").append(d.day()).append(".\n\n");
        DigestFigures f = d.figures();
        text.append("Revenue (invoices issued): ").append(amounts(f.revenue())).append(" from ").append(f.invoicesIssued())
                .append(" invoice(s)\n");
        text.append("Payments received: ").append(amounts(f.paymentsReceived())).append(" in ").append(f.paymentCount())
                .append(" payment(s)\n");
        text.append("Expenses: ").append(amounts(f.expensesTotal())).append('\n');
        for (DigestFigures.TopExpense e : f.topExpenses()) {
            text.append("  - ").append(e.vendor() == null ? "(no vendor)" : e.vendor())
                    .append(e.category() == null ? "" : " [" + e.category() + "]").append(": ")
                    .append(e.amount().toPlainString()).append(' ').append(e.amount().currency()).append('\n');
        }
        text.append("Overdue receivables: ").append(amounts(f.overdueAr())).append(" on ").append(f.overdueCount())
                .append(" invoice(s)\n");
        text.append("Open work: ").append(f.openWorkItems()).append(" (").append(f.newWorkItems()).append(" new), AI drafts to review: ")
                .append(f.pendingAiDrafts()).append("\n\n");
        if (!d.insights().isEmpty()) {
            text.append("Insights:\n");
            for (int i = 0; i < d.insights().size(); i++) {
                text.append(i + 1).append(". ").append(d.insights().get(i)).append('\n');
            }
        } else {
            text.append("(No AI insights today: ").append(d.insightsStatus()).append(")\n");
        }
        String domain = sender.from().address().substring(sender.from().address().indexOf('@') + 1);
        return new OutgoingEmail("<digest." + d.day() + "." + p.tenant().id() + "@" + domain + ">",
                new OutgoingEmail.Address(sender.from().address(), sender.from().name()), null,
                p.recipients().stream().map(a -> new OutgoingEmail.Address(a.address(), a.name())).toList(), List.of(),
                "Daily digest for " + p.tenant().name() + ": " + d.day(), text.toString(), null, null, List.of(), List.of(),
                "digest:" + p.tenant().id() + ":" + d.day());
    }

    private static String amounts(List<Money> amounts) {
        if (amounts.isEmpty()) {
            return "0";
        }
        return String.join(" + ", amounts.stream().map(m -> m.toPlainString() + " " + m.currency()).toList());
    }

    /** The figures as a JSON tree: amounts as {@code {amount, currency}} objects. */
    static Map<String, Object> figuresMap(DigestFigures f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("revenue", money(f.revenue()));
        m.put("invoices_issued", f.invoicesIssued());
        m.put("payments_received", money(f.paymentsReceived()));
        m.put("payment_count", f.paymentCount());
        m.put("expenses_total", money(f.expensesTotal()));
        List<Map<String, Object>> top = new ArrayList<>();
        for (DigestFigures.TopExpense e : f.topExpenses()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("vendor", e.vendor());
            x.put("category", e.category());
            x.put("amount", money(e.amount()));
            top.add(x);
        }
        m.put("top_expenses", top);
        m.put("overdue_ar", money(f.overdueAr()));
        m.put("overdue_count", f.overdueCount());
        m.put("open_work_items", f.openWorkItems());
        m.put("new_work_items", f.newWorkItems());
        m.put("pending_ai_drafts", f.pendingAiDrafts());
        return m;
    }

    private static List<Map<String, Object>> money(List<Money> list) {
        return list.stream().map(DigestService::money).toList();
    }

    private static Map<String, Object> money(Money m) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("amount", m.amount());
        x.put("currency", m.currency());
        return x;
    }

    private static DigestView view(Digest d) {
        return new DigestView(d.day(), figuresMap(d.figures()), d.insights(), d.insightsStatus().name(), d.model(),
                d.createdAt(), d.emailedAt());
    }
}
