-- Tenant isolation in the database itself, the application role, and an append-only audit log
-- (ARCHITECTURE.md "Persistence rules"; spec smb-hub-prd.md 4.2.3, 6.3.2; issue 3).
--
-- Row-level security: every table with a tenant_id column has row-level security ENABLEd and FORCEd (FORCE
-- holds the table owner to it too; only superusers and BYPASSRLS roles skip it). Its policy compares tenant_id
-- with the transaction setting app.tenant_id, which JdbcTransactionRunner.inTenant sets with
-- set_config('app.tenant_id', <uuid>, true). With no tenant bound the setting is missing or '' (nullif makes
-- that null), the comparison is never true, and no row is visible or writable: a query that forgets its
-- tenant filter returns nothing rather than another tenant's rows. WITH CHECK refuses writing a row of
-- another tenant than the bound one.
-- tenant_members is also readable, never writable, by the user bound in app.user_id
-- (JdbcTransactionRunner.forUser), so that login can list one user's memberships across tenants.
-- Foreign-key checks bypass row-level security by design, so the composite (tenant_id, id) foreign keys of V1
-- keep refusing cross-tenant references on their own.
--
-- The global directory tables tenants, user_accounts and profiles get no row-level security: they resolve an
-- identity (which business, which login, which profile definition) and must be readable before a tenant is
-- known; they hold no tenant's business records. flyway_schema_history is not granted to the application.
--
-- A migration that adds a tenant table must enable and force row-level security and add a policy like these
-- in the same migration; RowLevelSecurityTest fails the build otherwise. Tables created by later migrations
-- (run by the same owner) are granted SELECT, INSERT, UPDATE, DELETE to the application role by the default
-- privileges below; a migration revokes what a new table must not allow.
--
-- ${app_role} (Flyway placeholder, default smbhub_app) is the role the application acts as: it may log in, is
-- not a superuser, cannot bypass row-level security, create databases or roles, owns nothing and has no
-- password here (operators set one on real servers). An existing role of that name is kept as it is, unless
-- it is a superuser or may bypass row-level security, which fails this migration.

do $$
begin
    if not exists (select from pg_roles where rolname = '${app_role}') then
        create role ${app_role} login nosuperuser nobypassrls nocreatedb nocreaterole;
    end if;
exception
    -- another database on this server created the role at the same moment
    when duplicate_object or unique_violation then null;
end
$$;

do $$
begin
    if exists (select from pg_roles where rolname = '${app_role}' and (rolsuper or rolbypassrls)) then
        raise exception 'role ${app_role} is a superuser or has BYPASSRLS, so row-level security would not hold for it'
            using hint = 'Use another application role (smbhub.database.app-role) or ALTER ROLE ${app_role} NOSUPERUSER NOBYPASSRLS.';
    end if;
end
$$;

-- ---------------------------------------------------------------------------------------------------
-- Privileges of the application role
-- ---------------------------------------------------------------------------------------------------

grant usage on schema ${flyway:defaultSchema} to ${app_role};

grant select, insert, update, delete
    on tenants, user_accounts, tenant_members, member_invitations, contacts, work_items, quotes, invoices,
       payments, document_sequences, idempotency_keys
    to ${app_role};
grant select, insert on audit_log, profiles to ${app_role};

alter default privileges in schema ${flyway:defaultSchema}
    grant select, insert, update, delete on tables to ${app_role};
alter default privileges in schema ${flyway:defaultSchema}
    grant usage, select on sequences to ${app_role};

-- ---------------------------------------------------------------------------------------------------
-- Row-level security on every tenant table
-- ---------------------------------------------------------------------------------------------------

alter table tenant_members enable row level security;
alter table tenant_members force row level security;
create policy tenant_isolation on tenant_members
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
create policy own_memberships on tenant_members for select
    using (user_id = nullif(current_setting('app.user_id', true), '')::uuid);

alter table member_invitations enable row level security;
alter table member_invitations force row level security;
create policy tenant_isolation on member_invitations
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table contacts enable row level security;
alter table contacts force row level security;
create policy tenant_isolation on contacts
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table work_items enable row level security;
alter table work_items force row level security;
create policy tenant_isolation on work_items
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table quotes enable row level security;
alter table quotes force row level security;
create policy tenant_isolation on quotes
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table invoices enable row level security;
alter table invoices force row level security;
create policy tenant_isolation on invoices
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table payments enable row level security;
alter table payments force row level security;
create policy tenant_isolation on payments
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table document_sequences enable row level security;
alter table document_sequences force row level security;
create policy tenant_isolation on document_sequences
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table audit_log enable row level security;
alter table audit_log force row level security;
create policy tenant_isolation on audit_log
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table idempotency_keys enable row level security;
alter table idempotency_keys force row level security;
create policy tenant_isolation on idempotency_keys
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

-- ---------------------------------------------------------------------------------------------------
-- The audit log is append-only, for every role including the table owner
-- ---------------------------------------------------------------------------------------------------
-- The application role lacks UPDATE, DELETE and TRUNCATE on audit_log (grants above); this trigger also refuses
-- them to the owner and to superusers. Statement-level, so an attempt fails even when it matches no row.

create function audit_log_is_append_only() returns trigger
    language plpgsql
as $$
begin
    raise exception 'audit_log is append-only: % of audit entries is refused for every role, including the table owner', tg_op
        using errcode = 'insufficient_privilege',
              hint = 'Record a new audit entry instead of changing or removing one.';
end
$$;

create trigger audit_log_append_only
    before update or delete or truncate on audit_log
    for each statement execute function audit_log_is_append_only();
