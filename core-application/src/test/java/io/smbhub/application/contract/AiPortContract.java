package io.smbhub.application.contract;

import io.smbhub.domain.ai.AiDraft;
import io.smbhub.domain.ai.AiDraftSource;
import io.smbhub.domain.ai.AiIntent;
import io.smbhub.domain.ai.DraftFields;
import io.smbhub.domain.shared.AiDraftId;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.tenant.Tenant;
import org.junit.jupiter.api.BeforeAll;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Base of the contract suites of the issue-6 ports ({@link AiAdapters}): a concrete class supplies those adapters on
 * the same store and transaction runner as {@link #adapters()}. Fixtures make tenants with a chosen name and timezone
 * and stored AI drafts.
 */
public abstract class AiPortContract extends PortContract {

    private AiAdapters ai;

    /** The adapters under test, sharing {@code adapters.tx()} and its store. */
    protected abstract AiAdapters createAi(PortAdapters adapters);

    @BeforeAll
    final void openAi() {
        ai = createAi(adapters());
    }

    protected final AiAdapters ai() {
        return ai;
    }

    /** A stored tenant named {@code name} in timezone {@code zone}. */
    protected final TenantId newTenant(String name, String zone) {
        TenantId id = new TenantId(newId());
        Tenant tenant = Tenant.create(id, name, "general", zone, "USD", null, T0);
        tx().withoutTenant(() -> {
            adapters().tenants().insert(tenant);
            return null;
        });
        return id;
    }

    /** A new PENDING_QC work-item draft from {@code source} ({@code sourceId} may be null for MANUAL), not saved. */
    protected final AiDraft draft(TenantId tenant, AiDraftSource source, UUID sourceId, AiIntent intent, Instant at) {
        DraftFields fields = new DraftFields("Fix the leaking tap", null, "Budi", null, null, null, null, null, null,
                null, null, null, null, null, null);
        return AiDraft.create(new AiDraftId(newId()), tenant, source, sourceId, "Please fix the leaking tap", intent,
                fields, new BigDecimal("0.80"), "gemini-2.5-flash", null, at);
    }

    /** {@code draft} saved; returns it as loaded back. */
    protected final AiDraft stored(AiDraft draft) {
        TenantId tenant = draft.tenantId();
        return in(tenant, () -> {
            ai.drafts().save(draft);
            return ai.drafts().findById(tenant, draft.id()).orElseThrow();
        });
    }
}
