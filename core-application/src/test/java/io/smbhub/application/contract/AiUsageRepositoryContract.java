package io.smbhub.application.contract;

import io.smbhub.application.port.out.AiUsageRepository;
import io.smbhub.application.port.out.AiUsageRepository.TenantTotals;
import io.smbhub.application.port.out.AiUsageRepository.Totals;
import io.smbhub.application.port.out.AiUsageRepository.Usage;
import io.smbhub.domain.ai.AiFeature;
import io.smbhub.domain.ai.AiSettings;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract of {@link AiUsageRepository} (issue 6): totals over a half-open window [from, to), per feature, and per
 * tenant across every tenant (tenants without calls with zero totals, their stored plan, by name); costs at 6
 * decimals; tenant isolation of the tenant-scoped reads.
 */
public abstract class AiUsageRepositoryContract extends AiPortContract {

    private static final Instant FROM = T0;
    private static final Instant TO = T0.plus(Duration.ofDays(1));

    private AiUsageRepository usage() {
        return ai().usage();
    }

    private Usage call(TenantId tenant, UserId user, AiFeature feature, long in, long out, String cost, Instant at) {
        Usage u = new Usage(newId(), tenant, user, feature, "gemini-2.5-flash", in, out, new BigDecimal(cost), at);
        run(tenant, () -> usage().record(u));
        return u;
    }

    private static Totals totals(long calls, long in, long out, String cost) {
        return new Totals(calls, in, out, new BigDecimal(cost));
    }

    @Test
    void totalsCountCallsInTheHalfOpenWindowOnly() {
        TenantId tenant = newTenant();
        UserId user = newUserId();
        call(tenant, user, AiFeature.TEXT_TO_TASK, 1000, 200, "0.000800", FROM);
        call(tenant, null, AiFeature.DIGEST, 3000, 500, "0.002150", TO.minusNanos(1000));
        call(tenant, user, AiFeature.TEXT_TO_TASK, 9999, 9999, "1.000000", FROM.minusNanos(1000));
        call(tenant, user, AiFeature.TEXT_TO_TASK, 8888, 8888, "2.000000", TO);

        Totals totals = in(tenant, () -> usage().totals(tenant, FROM, TO));

        assertThat(totals).isEqualTo(totals(2, 4000, 700, "0.002950"));
        assertThat(totals.tokens()).isEqualTo(4700);
        assertThat(totals.costUsd().scale()).isEqualTo(6);
    }

    @Test
    void aTenantWithoutCallsHasZeroTotalsAndNoFeatures() {
        TenantId tenant = newTenant();

        assertThat(in(tenant, () -> usage().totals(tenant, FROM, TO))).isEqualTo(Totals.ZERO);
        assertThat(in(tenant, () -> usage().totalsByFeature(tenant, FROM, TO))).isEmpty();
    }

    @Test
    void totalsByFeatureGroupTheWindowsCalls() {
        TenantId tenant = newTenant();
        call(tenant, null, AiFeature.TEXT_TO_TASK, 100, 10, "0.000055", at(Duration.ofHours(1)));
        call(tenant, null, AiFeature.TEXT_TO_TASK, 300, 30, "0.000165", at(Duration.ofHours(2)));
        call(tenant, null, AiFeature.PRECHECK, 50, 5, "0.000028", at(Duration.ofHours(3)));
        call(tenant, null, AiFeature.DIGEST, 7000, 700, "0.003850", TO);

        Map<AiFeature, Totals> byFeature = in(tenant, () -> usage().totalsByFeature(tenant, FROM, TO));

        assertThat(byFeature).containsOnly(
                Map.entry(AiFeature.TEXT_TO_TASK, totals(2, 400, 40, "0.000220")),
                Map.entry(AiFeature.PRECHECK, totals(1, 50, 5, "0.000028")));
    }

    @Test
    void byTenantListsEveryTenantByNameWithItsPlanAndZeroTotalsForTenantsWithoutCalls() {
        TenantId zulu = newTenant("Zulu Workshop " + newId(), "UTC");
        TenantId alpha = newTenant("Alpha Bakery " + newId(), "Asia/Jakarta");
        TenantId idle = newTenant("Mango Salon " + newId(), "UTC");
        in(alpha, () -> ai().settings().save(AiSettings.defaults(alpha, "pro")));
        call(zulu, null, AiFeature.TEXT_TO_TASK, 10, 20, "0.000053", at(Duration.ofHours(1)));
        call(alpha, newUserId(), AiFeature.DIGEST, 1000, 100, "0.000550", at(Duration.ofHours(2)));
        call(alpha, newUserId(), AiFeature.PRECHECK, 2000, 200, "0.001100", at(Duration.ofHours(3)));
        call(alpha, newUserId(), AiFeature.PRECHECK, 5000, 500, "0.002750", TO);

        List<TenantTotals> mine = tx().withoutTenant(() -> usage().byTenant(FROM, TO)).stream()
                .filter(t -> List.of(zulu, alpha, idle).contains(t.tenant())).toList();

        assertThat(mine).extracting(TenantTotals::tenant).containsExactly(alpha, idle, zulu);
        assertThat(mine.get(0).tenantName()).startsWith("Alpha Bakery ");
        assertThat(mine.get(0).plan()).isEqualTo("pro");
        assertThat(mine.get(0).totals()).isEqualTo(totals(2, 3000, 300, "0.001650"));
        assertThat(mine.get(1).plan()).isNull();
        assertThat(mine.get(1).totals()).isEqualTo(Totals.ZERO);
        assertThat(mine.get(2).totals()).isEqualTo(totals(1, 10, 20, "0.000053"));
    }

    @Test
    void recordingTheSameCallTwiceIsAConflict() {
        TenantId tenant = newTenant();
        Usage u = call(tenant, null, AiFeature.TEXT_TO_TASK, 10, 10, "0.000028", at(Duration.ofHours(1)));

        assertConflict(() -> run(tenant, () -> usage().record(u)));

        assertThat(in(tenant, () -> usage().totals(tenant, FROM, TO)).calls()).isEqualTo(1);
    }

    @Test
    void anotherTenantsCallsAreNotCounted() {
        TenantId owner = newTenant();
        TenantId other = newTenant();
        call(owner, null, AiFeature.TEXT_TO_TASK, 10, 10, "0.000028", at(Duration.ofHours(1)));

        assertThat(in(other, () -> usage().totals(other, FROM, TO))).isEqualTo(Totals.ZERO);
        assertThat(in(other, () -> usage().totalsByFeature(other, FROM, TO))).isEmpty();
    }

    @Test
    void aRolledBackCallIsNotCounted() {
        TenantId tenant = newTenant();

        runAndRollBack(tenant, () -> usage().record(new Usage(newId(), tenant, null, AiFeature.DIGEST, "m", 5, 5,
                new BigDecimal("0.000010"), at(Duration.ofHours(1)))));

        assertThat(in(tenant, () -> usage().totals(tenant, FROM, TO))).isEqualTo(Totals.ZERO);
    }
}
