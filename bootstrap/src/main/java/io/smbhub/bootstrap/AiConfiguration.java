package io.smbhub.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.smbhub.application.port.out.AiPricing;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The operator's AI price table, plans and platform admins (issue 6; enterprise-business-os.md feature 5), from
 * configuration; anything unset keeps {@link AiPricing#defaults()}:
 * <ul>
 *   <li>{@code SMBHUB_AI_PRICES} ({@code smbhub.ai.prices}): {@code model:inputUsdPerMillion:outputUsdPerMillion}
 *       entries separated by commas, e.g. {@code gemini-2.5-flash:0.30:2.50} (a model not listed is priced as
 *       gemini-2.5-flash);</li>
 *   <li>{@code SMBHUB_AI_PLANS} ({@code smbhub.ai.plans}): {@code plan:monthlyPriceUsd:softTokens:hardTokens}
 *       entries, e.g. {@code starter:19:800000:1000000};</li>
 *   <li>{@code SMBHUB_AI_DEFAULT_PLAN} ({@code smbhub.ai.default-plan}, default {@code starter});</li>
 *   <li>{@code SMBHUB_PLATFORM_ADMINS} ({@code smbhub.platform-admins}): comma-separated emails of the operator's
 *       staff who may read {@code GET /v1/admin/ai-usage} and set plans.</li>
 * </ul>
 * A malformed entry stops the start with a message naming it.
 */
@Factory
public class AiConfiguration {

    @Singleton
    AiPricing aiPricing(@Nullable @Value("${smbhub.ai.prices:}") String prices,
                        @Nullable @Value("${smbhub.ai.plans:}") String plans,
                        @Nullable @Value("${smbhub.ai.default-plan:}") String defaultPlan,
                        @Nullable @Value("${smbhub.platform-admins:}") String admins) {
        return parse(prices, plans, defaultPlan, admins);
    }

    /** Builds the pricing from the configuration texts (null or blank = default). */
    static AiPricing parse(String prices, String plans, String defaultPlan, String admins) {
        AiPricing base = AiPricing.defaults();
        Map<String, AiPricing.ModelPrice> priceMap = new LinkedHashMap<>(base.prices());
        for (String entry : entries(prices)) {
            String[] p = fields(entry, 3, "SMBHUB_AI_PRICES", "model:inputUsdPerMillion:outputUsdPerMillion");
            priceMap.put(p[0], new AiPricing.ModelPrice(decimal(p[1], entry), decimal(p[2], entry)));
        }
        Map<String, AiPricing.Plan> planMap = new LinkedHashMap<>(plans == null || plans.isBlank() ? base.plans() : Map.of());
        for (String entry : entries(plans)) {
            String[] p = fields(entry, 4, "SMBHUB_AI_PLANS", "plan:monthlyPriceUsd:softTokens:hardTokens");
            try {
                planMap.put(p[0], new AiPricing.Plan(p[0], decimal(p[1], entry), Long.parseLong(p[2]), Long.parseLong(p[3])));
            } catch (NumberFormatException e) {
                throw new IllegalStateException("SMBHUB_AI_PLANS entry '" + entry + "': token limits must be whole numbers");
            }
        }
        Set<String> adminSet = entries(admins).stream().collect(Collectors.toSet());
        String plan = defaultPlan == null || defaultPlan.isBlank() ? base.defaultPlan() : defaultPlan.strip();
        return new AiPricing(priceMap, base.fallback(), planMap, plan, adminSet);
    }

    private static java.util.List<String> entries(String text) {
        return text == null ? java.util.List.of()
                : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String[] fields(String entry, int n, String name, String shape) {
        String[] p = entry.split(":");
        if (p.length != n) {
            throw new IllegalStateException(name + " entry '" + entry + "' must look like " + shape);
        }
        return p;
    }

    private static BigDecimal decimal(String text, String entry) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("AI pricing entry '" + entry + "': " + text + " is not a decimal number");
        }
    }
}
