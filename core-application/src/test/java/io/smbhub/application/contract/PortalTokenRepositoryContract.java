package io.smbhub.application.contract;

import io.smbhub.application.port.out.PortalTokenRepository;
import io.smbhub.application.port.out.PortalTokenRepository.PortalToken;
import io.smbhub.domain.shared.DocumentKind;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract of {@link PortalTokenRepository} (spec smb-hub-prd.md 12.6): a tenant table, except that
 * {@code findTenantByHash} answers the owning tenant of a hash before any tenant is bound. A concrete class supplies
 * the repository on the same store and transaction runner as {@link #adapters()}.
 */
public abstract class PortalTokenRepositoryContract extends PortContract {

    private PortalTokenRepository tokens;

    /** The repository under test, sharing {@code adapters.tx()} and its store. */
    protected abstract PortalTokenRepository createTokens(PortAdapters adapters);

    @BeforeAll
    final void openTokens() {
        tokens = createTokens(adapters());
    }

    protected final PortalTokenRepository tokens() {
        return tokens;
    }

    /** A fresh 64-hex-character hash (32 bytes), unique per call. */
    protected final String newHash() {
        UUID a = newId();
        UUID b = newId();
        return HexFormat.of().formatHex(ByteBuffer.allocate(32).putLong(a.getMostSignificantBits())
                .putLong(a.getLeastSignificantBits()).putLong(b.getMostSignificantBits()).putLong(b.getLeastSignificantBits())
                .array());
    }

    /** A live link of {@code tenant} to a {@code kind} document, stored. */
    protected final PortalToken stored(TenantId tenant, DocumentKind kind, UUID documentId) {
        PortalToken token = new PortalToken(newId(), tenant, kind, documentId, newHash(), T0, newUserId(), null, null);
        run(tenant, () -> tokens.insert(token));
        return token;
    }

    @Test
    void aStoredLinkRoundTripsWithEveryField() {
        TenantId tenant = newTenant();
        UserId creator = newUserId();
        PortalToken token = new PortalToken(newId(), tenant, DocumentKind.QUOTE, newId(), newHash(), T0, creator, null, null);

        run(tenant, () -> tokens.insert(token));

        assertThat(in(tenant, () -> tokens.findByHash(tenant, token.tokenHash()))).contains(token);
        assertThat(in(tenant, () -> tokens.findByHash(tenant, newHash()))).isEmpty();
    }

    @Test
    void aLinkWithoutCreatorRoundTrips() {
        TenantId tenant = newTenant();
        PortalToken token = new PortalToken(newId(), tenant, DocumentKind.INVOICE, newId(), newHash(), T0, null, null, null);

        run(tenant, () -> tokens.insert(token));

        assertThat(in(tenant, () -> tokens.findByHash(tenant, token.tokenHash()))).contains(token);
    }

    @Test
    void theTenantOfAHashIsFoundWithoutATenantBoundAndOnlyForAStoredHash() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        PortalToken token = stored(tenant, DocumentKind.INVOICE, newId());
        PortalToken others = stored(other, DocumentKind.INVOICE, newId());

        assertThat(tx().withoutTenant(() -> tokens.findTenantByHash(token.tokenHash()))).contains(tenant);
        assertThat(tx().withoutTenant(() -> tokens.findTenantByHash(others.tokenHash()))).contains(other);
        assertThat(tx().withoutTenant(() -> tokens.findTenantByHash(newHash()))).isEmpty();
    }

    @Test
    void aTenantCannotReadAnotherTenantsLinkEvenByItsHash() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        PortalToken token = stored(tenant, DocumentKind.INVOICE, newId());

        assertThat(in(other, () -> tokens.findByHash(other, token.tokenHash()))).isEmpty();
    }

    @Test
    void aHashIsUniqueAcrossTenantsAndAConflictStoresNothing() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        PortalToken token = stored(tenant, DocumentKind.INVOICE, newId());
        PortalToken sameHash = new PortalToken(newId(), other, DocumentKind.QUOTE, newId(), token.tokenHash(), T0, null,
                null, null);

        assertConflict(() -> run(other, () -> tokens.insert(sameHash)));

        assertThat(in(other, () -> tokens.findByHash(other, token.tokenHash()))).isEmpty();
        assertThat(tx().withoutTenant(() -> tokens.findTenantByHash(token.tokenHash()))).contains(tenant);
    }

    @Test
    void revokingADocumentsLinksRevokesOnlyItsLiveLinks() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        UUID document = newId();
        PortalToken first = stored(tenant, DocumentKind.INVOICE, document);
        PortalToken second = stored(tenant, DocumentKind.INVOICE, document);
        PortalToken otherDocument = stored(tenant, DocumentKind.INVOICE, newId());
        PortalToken sameIdOtherKind = stored(tenant, DocumentKind.QUOTE, document);
        PortalToken otherTenant = stored(other, DocumentKind.INVOICE, document);

        int revoked = in(tenant, () -> tokens.revokeAll(tenant, DocumentKind.INVOICE, document, at(Duration.ofHours(1))));
        int again = in(tenant, () -> tokens.revokeAll(tenant, DocumentKind.INVOICE, document, at(Duration.ofHours(2))));

        assertThat(revoked).isEqualTo(2);
        assertThat(again).isZero();
        for (PortalToken t : new PortalToken[] {first, second}) {
            assertThat(in(tenant, () -> tokens.findByHash(tenant, t.tokenHash()))).get()
                    .satisfies(r -> assertThat(r.revokedAt()).isEqualTo(at(Duration.ofHours(1))))
                    .satisfies(r -> assertThat(r.isLive()).isFalse());
        }
        assertThat(in(tenant, () -> tokens.findByHash(tenant, otherDocument.tokenHash()))).get().matches(PortalToken::isLive);
        assertThat(in(tenant, () -> tokens.findByHash(tenant, sameIdOtherKind.tokenHash()))).get().matches(PortalToken::isLive);
        assertThat(in(other, () -> tokens.findByHash(other, otherTenant.tokenHash()))).get().matches(PortalToken::isLive);
    }

    @Test
    void revokingInAnotherTenantsTransactionChangesNothing() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        UUID document = newId();
        PortalToken token = stored(tenant, DocumentKind.QUOTE, document);

        int revoked = in(other, () -> tokens.revokeAll(other, DocumentKind.QUOTE, document, at(Duration.ofHours(1))));

        assertThat(revoked).isZero();
        assertThat(in(tenant, () -> tokens.findByHash(tenant, token.tokenHash()))).get().matches(PortalToken::isLive);
    }

    @Test
    void markingALinkUsedRecordsTheTime() {
        TenantId tenant = newTenant();
        PortalToken token = stored(tenant, DocumentKind.INVOICE, newId());

        run(tenant, () -> tokens.markUsed(tenant, token.id(), at(Duration.ofMinutes(5))));
        run(tenant, () -> tokens.markUsed(tenant, token.id(), at(Duration.ofMinutes(9))));

        assertThat(in(tenant, () -> tokens.findByHash(tenant, token.tokenHash()))).get()
                .extracting(PortalToken::lastUsedAt).isEqualTo(at(Duration.ofMinutes(9)));
    }

    @Test
    void aRolledBackInsertLeavesNoLink() {
        TenantId tenant = newTenant();
        PortalToken token = new PortalToken(newId(), tenant, DocumentKind.INVOICE, newId(), newHash(), T0, null, null, null);

        runAndRollBack(tenant, () -> tokens.insert(token));

        assertThat(in(tenant, () -> tokens.findByHash(tenant, token.tokenHash()))).isEmpty();
        assertThat(tx().withoutTenant(() -> tokens.findTenantByHash(token.tokenHash()))).isEmpty();
    }
}
