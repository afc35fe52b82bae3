package io.smbhub.application.contract;

import io.smbhub.application.port.out.DigestRepository;
import io.smbhub.domain.ai.Digest;
import io.smbhub.domain.ai.DigestFigures;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract of {@link DigestRepository} (enterprise-business-os.md feature 1; issue 6): one digest per tenant and day,
 * every figure round trips (money per currency at its scale, top expenses with missing vendor), a save replaces the
 * day's digest, the latest is the most recent day, tenant isolation.
 */
public abstract class DigestRepositoryContract extends AiPortContract {

    private DigestRepository digests() {
        return ai().digests();
    }

    private static Money idr(String amount) {
        return Money.of(new BigDecimal(amount), "IDR");
    }

    private static DigestFigures figures() {
        return new DigestFigures(List.of(idr("4500000"), usd("1250.50")), 3, List.of(usd("99.90")), 1,
                List.of(idr("375000")),
                List.of(new DigestFigures.TopExpense("PLN", "utilities", idr("250000")),
                        new DigestFigures.TopExpense(null, null, idr("125000"))),
                List.of(usd("0.05")), 2, 7, 4, 5);
    }

    private static DigestFigures nothing() {
        return new DigestFigures(List.of(), 0, List.of(), 0, List.of(), List.of(), List.of(), 0, 0, 0, 0);
    }

    private Digest digest(TenantId tenant, LocalDate day, DigestFigures figures) {
        return new Digest(tenant, day, figures, List.of("Collect the two overdue USD invoices", "Expenses fell 12%"),
                Digest.InsightsStatus.GENERATED, "gemini-2.5-flash", T0, null);
    }

    @Test
    void aSavedDigestIsFoundByDayWithEveryFigure() {
        TenantId tenant = newTenant();
        Digest digest = digest(tenant, TODAY, figures());

        run(tenant, () -> digests().save(digest));
        Digest loaded = in(tenant, () -> digests().find(tenant, TODAY)).orElseThrow();

        assertThat(loaded).isEqualTo(digest);
        assertThat(loaded.figures().revenue()).containsExactly(idr("4500000"), usd("1250.50"));
        assertThat(loaded.figures().revenue().get(1).amount()).hasToString("1250.50");
        assertThat(loaded.figures().topExpenses().get(1).vendor()).isNull();
        assertThat(in(tenant, () -> digests().find(tenant, TODAY.minusDays(1)))).isEmpty();
    }

    @Test
    void aDigestWithoutInsightsOrModelRoundTrips() {
        TenantId tenant = newTenant();
        Digest digest = new Digest(tenant, TODAY, nothing(), List.of(), Digest.InsightsStatus.NO_MODEL, null, T0, null);

        run(tenant, () -> digests().save(digest));

        assertThat(in(tenant, () -> digests().find(tenant, TODAY))).contains(digest);
    }

    @Test
    void savingTheSameDayAgainReplacesTheDigest() {
        TenantId tenant = newTenant();
        run(tenant, () -> digests().save(digest(tenant, TODAY, figures())));
        Digest replaced = new Digest(tenant, TODAY, nothing(), List.of(), Digest.InsightsStatus.UNAVAILABLE, null,
                at(Duration.ofMinutes(5)), null).emailed(at(Duration.ofMinutes(6)));

        run(tenant, () -> digests().save(replaced));

        assertThat(in(tenant, () -> digests().find(tenant, TODAY))).contains(replaced);
        assertThat(in(tenant, () -> digests().latest(tenant))).contains(replaced);
    }

    @Test
    void theLatestIsTheMostRecentDayWhateverTheSaveOrder() {
        TenantId tenant = newTenant();
        assertThat(in(tenant, () -> digests().latest(tenant))).isEmpty();
        Digest newest = digest(tenant, TODAY, figures());
        run(tenant, () -> digests().save(newest));
        run(tenant, () -> digests().save(digest(tenant, TODAY.minusDays(1), nothing())));
        run(tenant, () -> digests().save(digest(tenant, TODAY.minusDays(30), nothing())));

        assertThat(in(tenant, () -> digests().latest(tenant))).contains(newest);
    }

    @Test
    void anotherTenantsDigestIsNotFound() {
        TenantId owner = newTenant();
        TenantId other = newTenant();
        run(owner, () -> digests().save(digest(owner, TODAY, figures())));

        assertThat(in(other, () -> digests().find(other, TODAY))).isEmpty();
        assertThat(in(other, () -> digests().latest(other))).isEmpty();
    }

    @Test
    void aRolledBackSaveLeavesNoDigest() {
        TenantId tenant = newTenant();

        runAndRollBack(tenant, () -> digests().save(digest(tenant, TODAY, figures())));

        assertThat(in(tenant, () -> digests().latest(tenant))).isEmpty();
    }
}
