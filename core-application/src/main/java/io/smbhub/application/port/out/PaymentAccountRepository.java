package io.smbhub.application.port.out;

import io.smbhub.domain.shared.TenantId;

import java.time.Instant;
import java.util.Optional;

/**
 * A tenant's online payment account (spec smb-hub-prd.md 3.2 Flow C; issue "per-tenant Stripe credentials"):
 * either a connected account of the platform or the tenant's own secret key. Adapters keep the secret key
 * encrypted at rest; this port hands it over in clear text only to the payment gateway.
 */
public interface PaymentAccountRepository {

    Optional<PaymentAccount> find(TenantId tenant, String provider);

    /** Inserts or replaces the tenant's account for {@code account.provider()}. */
    void save(PaymentAccount account);

    /** Removes it; the platform account is used again. True when one existed. */
    boolean delete(TenantId tenant, String provider);

    /**
     * Provider {@code STRIPE}; exactly one of {@code connectedAccountId} ({@code acct_…}) and {@code secretKey}
     * ({@code sk_…} / {@code rk_…}) is set.
     */
    record PaymentAccount(TenantId tenantId, String provider, String connectedAccountId, String secretKey,
                          Instant updatedAt) {
    }
}
