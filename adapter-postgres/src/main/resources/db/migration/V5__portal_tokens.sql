-- Client portal links (issue 4; spec smb-hub-prd.md 3.13, 12.6 "Portal Token Security").
--
-- One row per link: the link opens exactly one invoice or quote (document_kind, document_id). The secret is
-- 256 random bits sent to the customer; only its SHA-256 (32 bytes) is stored, unique across all tenants, and
-- the secret carries no tenant or document id. A link is revoked (revoked_at), never deleted: the application
-- role has no DELETE here.
--
-- Row-level security as on every tenant table (V3). A portal request has no tenant yet, so resolving a link's
-- tenant is the one lookup made before a tenant is bound: portal_token_tenant(hash) is SECURITY DEFINER (runs
-- as the migration owner, search_path pinned), answers only the tenant id of an existing hash, and is the only
-- thing of this table the application role may use without a tenant. Everything else (the link itself, its
-- document) is then read in that tenant's transaction under row-level security. Because FORCE makes the owner
-- subject to row-level security too, the owner gets a read-only policy of its own (a superuser owner skips
-- row-level security anyway); the application role is never the owner (V3).

create table portal_tokens (
    tenant_id     uuid        not null,
    id            uuid        not null,
    document_kind text        not null,
    document_id   uuid        not null,
    token_hash    bytea       not null,
    created_at    timestamptz not null,
    created_by    uuid,
    revoked_at    timestamptz,
    last_used_at  timestamptz,
    constraint portal_tokens_pk primary key (tenant_id, id),
    constraint portal_tokens_hash_key unique (token_hash),
    constraint portal_tokens_tenant_fk foreign key (tenant_id) references tenants (id),
    constraint portal_tokens_kind_check check (document_kind in ('INVOICE', 'QUOTE')),
    constraint portal_tokens_hash_check check (octet_length(token_hash) = 32)
);

-- the live links of one document (rotation and revocation)
create index portal_tokens_document_idx on portal_tokens (tenant_id, document_kind, document_id)
    where revoked_at is null;

revoke delete, truncate on portal_tokens from ${app_role};

alter table portal_tokens enable row level security;
alter table portal_tokens force row level security;
create policy tenant_isolation on portal_tokens
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
create policy owner_resolves_tenant on portal_tokens for select to current_user
    using (true);

create function portal_token_tenant(hash bytea) returns uuid
    language sql
    stable
    security definer
    set search_path = ${flyway:defaultSchema}, pg_temp
as $$
    select tenant_id from portal_tokens where token_hash = hash
$$;

revoke all on function portal_token_tenant(bytea) from public;
grant execute on function portal_token_tenant(bytea) to ${app_role};
