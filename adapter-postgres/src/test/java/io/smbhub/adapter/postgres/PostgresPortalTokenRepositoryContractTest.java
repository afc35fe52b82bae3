package io.smbhub.adapter.postgres;

import io.smbhub.application.contract.PortAdapters;
import io.smbhub.application.contract.PortalTokenRepositoryContract;
import io.smbhub.application.port.out.PortalTokenRepository;
import io.smbhub.application.port.out.PortalTokenRepository.PortalToken;
import io.smbhub.domain.shared.DocumentKind;
import io.smbhub.domain.shared.TenantId;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * {@link PortalTokenRepositoryContract} against PostgreSQL on a fresh database, plus what only the database
 * enforces (spec smb-hub-prd.md 12.6, V5): row-level security on {@code portal_tokens} when a query forgets its
 * tenant filter, the tenant resolver function answering nothing but the tenant of an existing hash, and no DELETE
 * for the application role.
 */
class PostgresPortalTokenRepositoryContractTest extends PortalTokenRepositoryContract {

    private TestDatabase database;

    @Override
    protected PortAdapters createAdapters() {
        database = TestDatabases.fresh("portal_token_repository");
        return PostgresPortAdapters.on(database);
    }

    @Override
    protected PortalTokenRepository createTokens(PortAdapters adapters) {
        return new JooqPortalTokenRepository((JdbcTransactionRunner) adapters.tx());
    }

    private JdbcTransactionRunner jdbc() {
        return (JdbcTransactionRunner) tx();
    }

    @Test
    void aQueryWithoutTenantFilterSeesOnlyTheBoundTenantsLinksAndNoneWithoutATenant() {
        TenantId a = newTenant();
        TenantId b = newTenant();
        stored(a, DocumentKind.INVOICE, newId());
        stored(b, DocumentKind.INVOICE, newId());
        stored(b, DocumentKind.QUOTE, newId());

        List<UUID> seenByA = jdbc().inTenant(a, () -> jdbc().dsl().fetch("select tenant_id from portal_tokens")
                .getValues(0, UUID.class));
        List<UUID> seenWithout = jdbc().withoutTenant(() -> jdbc().dsl().fetch("select tenant_id from portal_tokens")
                .getValues(0, UUID.class));

        assertThat(seenByA).isNotEmpty().containsOnly(a.value());
        assertThat(seenWithout).isEmpty();
    }

    @Test
    void aTenantCannotWriteALinkOfAnotherTenant() {
        TenantId a = newTenant();
        TenantId b = newTenant();
        PortalToken smuggled = new PortalToken(newId(), b, DocumentKind.INVOICE, newId(), newHash(), T0, null, null, null);

        Throwable thrown = catchThrowable(() -> run(a, () -> tokens().insert(smuggled)));

        assertThat(thrown).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("new row violates row-level security policy");
        assertThat(tx().withoutTenant(() -> tokens().findTenantByHash(smuggled.tokenHash()))).isEmpty();
    }

    @Test
    void theResolverFunctionAnswersOnlyTheTenantOfAnExistingHash() {
        TenantId a = newTenant();
        PortalToken token = stored(a, DocumentKind.QUOTE, newId());

        Object found = jdbc().withoutTenant(() -> jdbc().dsl()
                .fetchValue("select portal_token_tenant(decode(?, 'hex'))", token.tokenHash()));
        Object unknown = jdbc().withoutTenant(() -> jdbc().dsl()
                .fetchValue("select portal_token_tenant(decode(?, 'hex'))", newHash()));

        assertThat(found).isEqualTo(a.value());
        assertThat(unknown).isNull();
    }

    @Test
    void theApplicationRoleCannotDeleteLinks() {
        TenantId a = newTenant();
        PortalToken token = stored(a, DocumentKind.INVOICE, newId());

        Throwable thrown = catchThrowable(() -> run(a, () -> jdbc().dsl().execute("delete from portal_tokens")));

        assertThat(thrown).isInstanceOf(DataAccessException.class).hasMessageContaining("permission denied");
        assertThat(in(a, () -> tokens().findByHash(a, token.tokenHash()))).isPresent();
    }

    @Test
    void theResolverIsASecurityDefinerWithAPinnedSearchPathNotOwnedByTheApplicationRole() throws SQLException {
        List<String> facts = ownerStrings("""
                select p.prosecdef || ' ' || array_to_string(p.proconfig, ',') || ' '
                       || (pg_get_userbyid(p.proowner) <> '%1$s') || ' ' || has_function_privilege('%1$s', p.oid, 'EXECUTE')
                       || ' ' || has_function_privilege('public', p.oid, 'EXECUTE')
                from pg_proc p where p.proname = 'portal_token_tenant'""".formatted(PostgresMigrations.DEFAULT_APP_ROLE));

        assertThat(facts).singleElement().asString()
                .startsWith("true search_path=")
                .contains("pg_temp")
                .endsWith(" true true false");
    }

    @Test
    void theHashIsStoredAsItsThirtyTwoBytes() throws SQLException {
        TenantId a = newTenant();
        PortalToken token = stored(a, DocumentKind.INVOICE, newId());

        assertThat(ownerStrings("select encode(token_hash, 'hex') || ' ' || octet_length(token_hash) from portal_tokens"
                + " where id = '" + token.id() + "'")).containsExactly(token.tokenHash() + " 32");
    }

    private List<String> ownerStrings(String sql) throws SQLException {
        try (Connection c = database.ownerDataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (r.next()) {
                out.add(r.getString(1));
            }
            return out;
        }
    }
}
