package io.smbhub.application.memory;

import io.smbhub.application.port.out.PaymentAccountRepository;
import io.smbhub.domain.shared.TenantId;

import java.util.Optional;

/** {@link PaymentAccountRepository} in memory (no encryption: nothing is at rest). */
public final class InMemoryPaymentAccountRepository implements PaymentAccountRepository {

    private record Key(TenantId tenant, String provider) {
    }

    private final InMemoryMap<Key, PaymentAccount> accounts;

    public InMemoryPaymentAccountRepository(InMemoryTransactionRunner tx) {
        accounts = new InMemoryMap<>(tx);
    }

    @Override
    public Optional<PaymentAccount> find(TenantId tenant, String provider) {
        return accounts.get(new Key(tenant, provider));
    }

    @Override
    public void save(PaymentAccount account) {
        accounts.put(new Key(account.tenantId(), account.provider()), account);
    }

    @Override
    public boolean delete(TenantId tenant, String provider) {
        Key key = new Key(tenant, provider);
        boolean existed = accounts.get(key).isPresent();
        accounts.remove(key);
        return existed;
    }
}
