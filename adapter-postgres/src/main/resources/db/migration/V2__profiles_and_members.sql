-- Profile engine and team management (spec smb-hub-prd.md 8.2.2, 9.2.2 option A, 2.2 "Manage team & roles").
--
-- profiles: versioned profile definitions (global; a definition never changes once stored, a change is a new
-- version). Tenants select a profile by id and always get its latest version; their own overrides live on the
-- tenant row (the spec's tenant_profile_overrides, kept with the tenant so one version guards both).
-- member_invitations: a tenant table; tokens are stored only as SHA-256 hashes.

create table profiles (
    profile_id  text        not null,
    version     integer     not null,
    config_json jsonb       not null,
    created_at  timestamptz not null,
    constraint profiles_pk primary key (profile_id, version),
    constraint profiles_profile_id_check check (profile_id ~ '^[a-z][a-z0-9_]{0,62}$'),
    constraint profiles_version_check check (version > 0),
    constraint profiles_config_json_check check (jsonb_typeof(config_json) = 'object')
);

alter table tenants
    add column profile_overrides jsonb not null default '{}',
    add column updated_at timestamptz,
    add constraint tenants_profile_overrides_check check (jsonb_typeof(profile_overrides) = 'object');
update tenants set updated_at = created_at;
alter table tenants alter column updated_at set not null;

alter table tenant_members
    add column updated_at timestamptz,
    add column version bigint not null default 1,
    add constraint tenant_members_version_check check (version > 0);
update tenant_members set updated_at = created_at;
alter table tenant_members alter column updated_at set not null;
create index tenant_members_tenant_role_idx on tenant_members (tenant_id, role);

create table member_invitations (
    tenant_id   uuid        not null,
    id          uuid        not null,
    email       text        not null,
    role        text        not null,
    token_hash  text        not null,
    status      text        not null,
    expires_at  timestamptz not null,
    invited_by  uuid,
    accepted_by uuid,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint      not null,
    constraint member_invitations_pk primary key (tenant_id, id),
    constraint member_invitations_token_hash_key unique (tenant_id, token_hash),
    constraint member_invitations_tenant_fk foreign key (tenant_id) references tenants (id),
    constraint member_invitations_role_check check (role in ('OWNER', 'ADMIN', 'STAFF', 'AGENT', 'VIEWER')),
    constraint member_invitations_status_check check (status in ('PENDING', 'ACCEPTED', 'REVOKED')),
    constraint member_invitations_email_lower_check check (email = lower(email)),
    constraint member_invitations_version_check check (version > 0)
);

create index member_invitations_tenant_email_idx on member_invitations (tenant_id, email);
create index member_invitations_tenant_created_at_idx on member_invitations (tenant_id, created_at);

-- Audit-log filters (spec 12.3 "audit-logs": entity, actor, time).
create index audit_log_tenant_actor_idx on audit_log (tenant_id, actor_user_id, id);
