package io.smbhub.application.port.out;

import io.smbhub.domain.shared.DomainException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The operator's AI price table and plans (issue 6; enterprise-business-os.md features 5 and 11), configured in the
 * bootstrap. {@code prices}: per model id, USD per one million input and output tokens (a model not listed costs
 * {@code fallback}); {@code plans}: per plan id, the monthly subscription price in USD (the revenue side of the
 * margin) and the monthly token budget — a warning past {@code softTokens}, {@code QUOTA_EXCEEDED} past
 * {@code hardTokens}; {@code defaultPlan}: the plan of tenants that have none set; {@code platformAdmins}: lower-case
 * emails of the operator's staff who may read every tenant's usage.
 */
public record AiPricing(Map<String, ModelPrice> prices, ModelPrice fallback, Map<String, Plan> plans, String defaultPlan,
                        Set<String> platformAdmins) {

    /** USD per 1,000,000 tokens. */
    public record ModelPrice(BigDecimal inputPerMillion, BigDecimal outputPerMillion) {
        public ModelPrice {
            Objects.requireNonNull(inputPerMillion, "inputPerMillion");
            Objects.requireNonNull(outputPerMillion, "outputPerMillion");
        }
    }

    /** A plan: {@code monthlyPriceUsd}, token budget per calendar month (UTC) with {@code softTokens} ≤ {@code hardTokens}. */
    public record Plan(String id, BigDecimal monthlyPriceUsd, long softTokens, long hardTokens) {
        public Plan {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(monthlyPriceUsd, "monthlyPriceUsd");
            if (softTokens < 0 || hardTokens < softTokens) {
                throw new IllegalArgumentException("Plan " + id + ": need 0 ≤ soft ≤ hard tokens");
            }
        }
    }

    public AiPricing {
        prices = Map.copyOf(prices);
        Objects.requireNonNull(fallback, "fallback");
        plans = Map.copyOf(plans);
        if (!plans.containsKey(defaultPlan)) {
            throw new IllegalArgumentException("Default plan " + defaultPlan + " is not among the plans " + plans.keySet());
        }
        platformAdmins = Set.copyOf(platformAdmins.stream().map(e -> e.strip().toLowerCase(java.util.Locale.ROOT)).toList());
    }

    /**
     * The built-in table: {@code gemini-2.5-flash} (0.30 / 2.50 USD per million input/output tokens),
     * {@code gemini-2.5-flash-lite} (0.10 / 0.40), {@code gemini-2.5-pro} (1.25 / 10.00), fallback as flash; plans
     * {@code free} (0 USD, 80k/100k tokens), {@code starter} (19 USD, 800k/1M), {@code pro} (49 USD, 4M/5M); default
     * {@code starter}; no platform admins.
     */
    public static AiPricing defaults() {
        ModelPrice flash = new ModelPrice(new BigDecimal("0.30"), new BigDecimal("2.50"));
        return new AiPricing(Map.of("gemini-2.5-flash", flash,
                "gemini-2.5-flash-lite", new ModelPrice(new BigDecimal("0.10"), new BigDecimal("0.40")),
                "gemini-2.5-pro", new ModelPrice(new BigDecimal("1.25"), new BigDecimal("10.00"))), flash,
                Map.of("free", new Plan("free", BigDecimal.ZERO, 80_000, 100_000),
                        "starter", new Plan("starter", new BigDecimal("19.00"), 800_000, 1_000_000),
                        "pro", new Plan("pro", new BigDecimal("49.00"), 4_000_000, 5_000_000)),
                "starter", Set.of());
    }

    /** The cost in USD (6 decimals, half-up) of a call to {@code model}. */
    public BigDecimal cost(String model, long inputTokens, long outputTokens) {
        ModelPrice p = prices.getOrDefault(model, fallback);
        BigDecimal million = BigDecimal.valueOf(1_000_000);
        return p.inputPerMillion().multiply(BigDecimal.valueOf(inputTokens))
                .add(p.outputPerMillion().multiply(BigDecimal.valueOf(outputTokens)))
                .divide(million, 6, RoundingMode.HALF_UP);
    }

    /** The plan with {@code id} (null: the default plan). Errors: {@code VALIDATION_ERROR} on {@code plan} when unknown. */
    public Plan plan(String id) {
        Plan p = plans.get(id == null ? defaultPlan : id);
        if (p == null) {
            throw DomainException.invalid("plan", "Unknown plan " + id + "; known plans: " + new java.util.TreeSet<>(plans.keySet()));
        }
        return p;
    }

    public boolean isPlatformAdmin(String email) {
        return email != null && platformAdmins.contains(email.strip().toLowerCase(java.util.Locale.ROOT));
    }
}
