package io.smbhub.application.service.payment;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.payment.PaymentAccountUseCase;
import io.smbhub.application.port.out.PaymentAccountRepository;
import io.smbhub.application.port.out.PaymentAccountRepository.PaymentAccount;
import io.smbhub.application.port.out.PaymentGateway;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.service.support.Access;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.domain.shared.DomainEvent;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.Text;
import io.smbhub.domain.tenant.Permission;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The tenant's Stripe account settings: see {@link PaymentAccountUseCase}. */
public final class PaymentAccountService implements PaymentAccountUseCase {

    private static final Pattern ACCOUNT = Pattern.compile("acct_[A-Za-z0-9]{6,64}");
    private static final Pattern KEY = Pattern.compile("(sk|rk)_(test|live)_[A-Za-z0-9]{8,247}");

    private final PaymentAccountRepository accounts;
    private final PaymentGateway gateway;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final Auditor auditor;

    public PaymentAccountService(PaymentAccountRepository accounts, PaymentGateway gateway, TransactionRunner tx,
                                 TimeSource clock, Auditor auditor) {
        this.accounts = accounts;
        this.gateway = gateway;
        this.tx = tx;
        this.clock = clock;
        this.auditor = auditor;
    }

    /** Audit event of a change; the snapshot holds the mode, account id and last four key characters only. */
    private record PaymentAccountChanged(Instant occurredAt) implements DomainEvent {
        public String action() { return "tenant.payment_account_changed"; }
    }

    @Override
    public PaymentAccountView get(Actor actor) {
        Access.require(actor, Permission.MANAGE_SETTINGS);
        return tx.inTenant(actor.tenantId(), () -> view(accounts.find(actor.tenantId(), PaymentLinkService.PROVIDER)));
    }

    @Override
    public PaymentAccountView set(Actor actor, String connectedAccountId, String secretKey) {
        Access.require(actor, Permission.MANAGE_SETTINGS);
        String account = Text.clean(connectedAccountId);
        String key = Text.clean(secretKey);
        if ((account == null) == (key == null)) {
            throw DomainException.invalid("connected_account_id",
                    "Give either connected_account_id (acct_…) or secret_key (sk_… or rk_…), not both and not neither");
        }
        if (account != null && !ACCOUNT.matcher(account).matches()) {
            throw DomainException.invalid("connected_account_id", "A Stripe connected account id looks like acct_1Abc…");
        }
        if (key != null && !KEY.matcher(key).matches()) {
            throw DomainException.invalid("secret_key", "A Stripe secret key looks like sk_live_… or sk_test_… (rk_… when restricted)");
        }
        return tx.inTenant(actor.tenantId(), () -> {
            Optional<PaymentAccount> before = accounts.find(actor.tenantId(), PaymentLinkService.PROVIDER);
            Instant now = clock.now();
            PaymentAccount saved = new PaymentAccount(actor.tenantId(), PaymentLinkService.PROVIDER, account, key, now);
            accounts.save(saved);
            PaymentAccountView after = view(Optional.of(saved));
            auditor.record(actor, "tenant", actor.tenantId().value(), view(before), after,
                    List.of(new PaymentAccountChanged(now)));
            return after;
        });
    }

    @Override
    public PaymentAccountView remove(Actor actor) {
        Access.require(actor, Permission.MANAGE_SETTINGS);
        return tx.inTenant(actor.tenantId(), () -> {
            Optional<PaymentAccount> before = accounts.find(actor.tenantId(), PaymentLinkService.PROVIDER);
            PaymentAccountView after = view(Optional.empty());
            if (accounts.delete(actor.tenantId(), PaymentLinkService.PROVIDER)) {
                auditor.record(actor, "tenant", actor.tenantId().value(), view(before), after,
                        List.of(new PaymentAccountChanged(clock.now())));
            }
            return after;
        });
    }

    private PaymentAccountView view(Optional<PaymentAccount> account) {
        if (account.isEmpty()) {
            return new PaymentAccountView(Mode.PLATFORM, null, null, null, gateway.configured());
        }
        PaymentAccount a = account.get();
        if (a.connectedAccountId() != null) {
            return new PaymentAccountView(Mode.CONNECTED_ACCOUNT, a.connectedAccountId(), null, a.updatedAt(),
                    gateway.configured());
        }
        String key = a.secretKey();
        return new PaymentAccountView(Mode.OWN_KEY, null, key.substring(key.length() - 4), a.updatedAt(),
                gateway.configured());
    }
}
