package io.smbhub.application.contract;

import io.smbhub.application.port.out.TenantRepository;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.tenant.Tenant;
import io.smbhub.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Contract of {@link TenantRepository} (a global table: called in {@code withoutTenant} transactions). */
public abstract class TenantRepositoryContract extends PortContract {

    private TenantRepository tenants() {
        return adapters().tenants();
    }

    private <T> T global(Supplier<T> work) {
        return tx().withoutTenant(work);
    }

    private Tenant tenant(String externalOrgId) {
        return Tenant.create(new TenantId(newId()), "Warung Sari", "retail_pos", "Asia/Jakarta", "IDR", externalOrgId,
                at(Duration.ofMinutes(5)));
    }

    @Test
    void insertedTenantIsFoundByIdWithEveryField() {
        Tenant tenant = tenant("org_" + newId());
        global(() -> {
            tenants().insert(tenant);
            return null;
        });

        Tenant loaded = global(() -> tenants().findById(tenant.id())).orElseThrow();

        assertThat(loaded).usingRecursiveComparison().isEqualTo(tenant);
        assertThat(loaded.timezone().getId()).isEqualTo("Asia/Jakarta");
        assertThat(loaded.currency()).isEqualTo("IDR");
        assertThat(loaded.profileId()).isEqualTo("retail_pos");
        assertThat(loaded.createdAt()).isEqualTo(at(Duration.ofMinutes(5)));
        assertThat(loaded.version()).isZero();
    }

    @Test
    void tenantWithoutExternalOrganisationKeepsItNull() {
        Tenant first = tenant(null);
        Tenant second = tenant(null);
        global(() -> {
            tenants().insert(first);
            tenants().insert(second);
            return null;
        });

        assertThat(global(() -> tenants().findById(first.id())).orElseThrow().externalOrgId()).isNull();
        assertThat(global(() -> tenants().findById(second.id()))).isPresent();
    }

    @Test
    void findsATenantByExternalOrganisationId() {
        String org = "org_" + newId();
        Tenant tenant = tenant(org);
        global(() -> {
            tenants().insert(tenant);
            return null;
        });

        assertThat(global(() -> tenants().findByExternalOrgId(org))).map(Tenant::id).contains(tenant.id());
        assertThat(global(() -> tenants().findByExternalOrgId("org_unknown_" + newId()))).isEmpty();
    }

    @Test
    void unknownIdIsNotFound() {
        assertThat(global(() -> tenants().findById(new TenantId(newId())))).isEmpty();
    }

    @Test
    void secondTenantWithTheSameExternalOrganisationIsAConflictAndTheFirstStays() {
        String org = "org_" + newId();
        Tenant first = tenant(org);
        global(() -> {
            tenants().insert(first);
            return null;
        });
        Tenant second = tenant(org);

        assertConflict(() -> global(() -> {
            tenants().insert(second);
            return null;
        }));

        assertThat(global(() -> tenants().findByExternalOrgId(org))).map(Tenant::id).contains(first.id());
        assertThat(global(() -> tenants().findById(second.id()))).isEmpty();
    }

    @Test
    void insertingTheSameIdTwiceIsAConflict() {
        Tenant tenant = tenant(null);
        global(() -> {
            tenants().insert(tenant);
            return null;
        });

        assertConflict(() -> global(() -> {
            tenants().insert(tenant);
            return null;
        }));
    }

    @Test
    void aRolledBackInsertLeavesNoTenant() {
        Tenant tenant = tenant("org_" + newId());
        Throwable thrown = catchThrowable(() -> global(() -> {
            tenants().insert(tenant);
            throw new IllegalStateException("roll back");
        }));

        assertThat(thrown).hasMessage("roll back");
        Optional<Tenant> found = global(() -> tenants().findById(tenant.id()));
        assertThat(found).isEmpty();
        assertThat(global(() -> tenants().findByExternalOrgId(tenant.externalOrgId()))).isEmpty();
    }

    @Test
    void savedProfileAndOverridesAreReloadedWithTheNextVersion() {
        Tenant tenant = tenant(null);
        global(() -> {
            tenants().insert(tenant);
            return null;
        });
        Tenant loaded = global(() -> tenants().findById(tenant.id())).orElseThrow();
        loaded.changeProfile("restaurant", at(Duration.ofMinutes(6)));
        loaded.replaceProfileOverrides(Map.of("capabilities", Map.of("quotes", false),
                "automations", Map.of("ar_reminders", Map.of("days_after_due", List.of(5L, 10L)))),
                at(Duration.ofMinutes(6)));

        long version = global(() -> tenants().save(loaded));

        Tenant reloaded = global(() -> tenants().findById(tenant.id())).orElseThrow();
        assertThat(version).isEqualTo(tenant.version() + 1);
        assertThat(reloaded.version()).isEqualTo(version);
        assertThat(reloaded.profileId()).isEqualTo("restaurant");
        assertThat(reloaded.profileOverrides()).isEqualTo(loaded.profileOverrides());
        assertThat(reloaded.updatedAt()).isEqualTo(at(Duration.ofMinutes(6)));
    }

    @Test
    void savingAStaleTenantIsAConflictAndChangesNothing() {
        Tenant tenant = tenant(null);
        global(() -> {
            tenants().insert(tenant);
            return null;
        });
        Tenant first = global(() -> tenants().findById(tenant.id())).orElseThrow();
        Tenant second = global(() -> tenants().findById(tenant.id())).orElseThrow();
        first.changeProfile("general", at(Duration.ofMinutes(7)));
        global(() -> tenants().save(first));
        second.changeProfile("restaurant", at(Duration.ofMinutes(8)));

        Throwable thrown = catchThrowable(() -> global(() -> tenants().save(second)));

        assertThat(thrown).isInstanceOf(DomainException.class);
        assertThat(((DomainException) thrown).code()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(global(() -> tenants().findById(tenant.id())).orElseThrow().profileId()).isEqualTo("general");
    }
}
