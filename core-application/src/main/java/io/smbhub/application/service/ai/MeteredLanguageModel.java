package io.smbhub.application.service.ai;

import io.smbhub.application.port.out.AiPricing;
import io.smbhub.application.port.out.AiUsageRepository;
import io.smbhub.application.port.out.IdGenerator;
import io.smbhub.application.port.out.JsonSchema;
import io.smbhub.application.port.out.LanguageModel;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.port.in.ai.AiStatusQueries;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;

import java.util.List;
import java.util.function.Supplier;

/**
 * Meters every language-model call (issue 6; enterprise-business-os.md feature 5 "Operational Intelligence"): before
 * the call it refuses with {@code QUOTA_EXCEEDED} when the tenant's tokens this month reached its plan's hard limit;
 * after a successful call it records tenant, member, feature, model, input/output tokens and the cost from the
 * operator's price table in the usage ledger (one short tenant transaction each side; never around the model call).
 * The core wraps the configured model with this decorator outside the redaction decorator, so every call is metered.
 */
public final class MeteredLanguageModel implements LanguageModel {

    private static final System.Logger LOG = System.getLogger(MeteredLanguageModel.class.getName());

    private final LanguageModel inner;
    private final AiUsageRepository usage;
    private final AiBudget budget;
    private final AiPricing pricing;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final IdGenerator ids;

    public MeteredLanguageModel(LanguageModel inner, AiUsageRepository usage, AiBudget budget, AiPricing pricing,
                                TransactionRunner tx, TimeSource clock, IdGenerator ids) {
        this.inner = inner;
        this.usage = usage;
        this.budget = budget;
        this.pricing = pricing;
        this.tx = tx;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public boolean configured() {
        return inner.configured();
    }

    @Override
    public boolean available() {
        return inner.available();
    }

    @Override
    public String modelName() {
        return inner.modelName();
    }

    @Override
    public Completion generate(Prompt prompt) {
        return metered(prompt, () -> inner.generate(prompt));
    }

    @Override
    public Completion generateJson(Prompt prompt, JsonSchema schema) {
        return metered(prompt, () -> inner.generateJson(prompt, schema));
    }

    private Completion metered(Prompt prompt, Supplier<Completion> call) {
        CallContext ctx = prompt.context();
        AiStatusQueries.Quota quota = tx.inTenant(ctx.tenant(), () -> budget.quota(ctx.tenant()));
        if ("EXCEEDED".equals(quota.status())) {
            throw new DomainException(ErrorCode.QUOTA_EXCEEDED, "This business used its AI budget for the month ("
                    + quota.tokensUsed() + " of " + quota.hardLimit() + " tokens on plan " + quota.plan()
                    + "); AI features resume on the 1st (UTC) or after a plan upgrade", List.of());
        }
        Completion done = call.get();
        String model = done.model() == null ? inner.modelName() : done.model();
        tx.inTenant(ctx.tenant(), () -> {
            usage.record(new AiUsageRepository.Usage(ids.newId(), ctx.tenant(), ctx.user(), ctx.feature(), model,
                    done.usage().inputTokens(), done.usage().outputTokens(),
                    pricing.cost(model, done.usage().inputTokens(), done.usage().outputTokens()), clock.now()));
            return null;
        });
        if ("OK".equals(quota.status()) && quota.tokensUsed() + done.usage().total() >= quota.softLimit()) {
            LOG.log(System.Logger.Level.WARNING, "Tenant " + ctx.tenant() + " passed the soft AI token limit of plan "
                    + quota.plan() + " (" + quota.softLimit() + " tokens)");
        }
        return done;
    }
}
