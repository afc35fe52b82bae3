-- AI: Text-to-Task drafts with human QC, AI settings, SOP rules for the pre-check, the CEO digest and the AI usage
-- ledger (issue 6; spec smb-hub-prd.md 2.1 "AI Draft", 1.4.A, 10.5, 12.2 E; enterprise-business-os.md features 1, 2,
-- 4, 5).
--
-- New tenant tables, each under row-level security as V3 requires (enabled, forced, tenant_isolation policy):
--   ai_drafts    the output of Text-to-Task until a human applies or rejects it. At most one draft per source message
--                or file (ai_drafts_source_key): parsing the same message twice finds the first draft instead of making
--                a second (JooqAiDraftRepository answers CONFLICT). payload holds the extracted fields
--                (DraftFields.toMap: snake_case keys, decimals as JSON numbers read back as BigDecimal).
--   ai_settings  one row per tenant: PII redaction and its custom patterns, auto-apply and its threshold, the digest
--                switch, and the plan whose AI token budget applies.
--   sop_rules    one row per tenant: the whole SOP ruleset of the pre-check as a jsonb array (the port stores it whole).
--   ai_digests   one CEO digest per tenant and tenant-local day: the figures, the model's insights and why there are
--                none (insights_status).
--   ai_usage     the AI usage ledger, one row per model call (tokens and cost in USD with 6 decimals). Append-only for
--                the application: no UPDATE or DELETE.
-- Changed tables:
--   jobs         kind AI_DIGEST (the daily digest job of each tenant).
--
-- Two reads cross tenants and run before any tenant is bound. Like overdue_invoice_candidates (V6) they are
-- SECURITY DEFINER functions (run as the migration owner, search_path pinned, executable only by the application
-- role) answering ids and aggregates only:
--   tenant_zones()                    every tenant's id and timezone (the digest scheduler runs at 05:00 local time);
--   ai_usage_by_tenant(from, to)      every tenant's AI usage totals in [from, to) with its name and stored plan
--                                     (zero totals for tenants without calls), for platform admins.
-- The owner gets read-only policies on ai_usage and ai_settings for the second one (FORCE holds the owner to
-- row-level security too; a superuser owner skips it anyway).

-- ---------------------------------------------------------------------------------------------------
-- AI drafts
-- ---------------------------------------------------------------------------------------------------

create table ai_drafts (
    tenant_id    uuid         not null,
    id           uuid         not null,
    source_type  text         not null,
    source_id    uuid,
    source_text  text,
    intent       text         not null,
    payload      jsonb        not null default '{}',
    confidence   numeric(3,2) not null,
    extractor    text         not null,
    status       text         not null,
    reviewed_by  uuid,
    review_notes text,
    target_type  text,
    target_id    uuid,
    edited       boolean      not null default false,
    created_by   uuid,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    version      bigint       not null,
    constraint ai_drafts_pk primary key (tenant_id, id),
    constraint ai_drafts_tenant_fk foreign key (tenant_id) references tenants (id),
    constraint ai_drafts_source_type_check check (source_type in ('MESSAGE', 'FILE', 'MANUAL')),
    constraint ai_drafts_source_id_check check (source_type = 'MANUAL' or source_id is not null),
    constraint ai_drafts_source_text_check check (length(source_text) <= 20000),
    constraint ai_drafts_intent_check
        check (intent in ('CREATE_WORK_ITEM', 'DRAFT_QUOTE', 'DRAFT_INVOICE', 'DRAFT_EXPENSE', 'DRAFT_AR_MESSAGE')),
    constraint ai_drafts_payload_check check (jsonb_typeof(payload) = 'object'),
    constraint ai_drafts_confidence_check check (confidence between 0 and 1),
    constraint ai_drafts_extractor_check check (length(extractor) between 1 and 100),
    constraint ai_drafts_status_check check (status in ('PENDING_QC', 'APPROVED', 'REJECTED', 'APPLIED')),
    constraint ai_drafts_review_notes_check check (length(review_notes) <= 2000),
    constraint ai_drafts_target_check check (num_nulls(target_type, target_id) in (0, 2)
                                             and target_type in ('work_item', 'quote', 'invoice', 'expense')),
    constraint ai_drafts_applied_target_check check (status <> 'APPLIED' or target_id is not null),
    constraint ai_drafts_version_check check (version > 0)
);

-- the anti-duplicate guard: one draft per source message or file
create unique index ai_drafts_source_key on ai_drafts (tenant_id, source_type, source_id) where source_id is not null;
-- the QC queue: oldest first, keyset (created_at, id), with and without a status filter
create index ai_drafts_queue_idx on ai_drafts (tenant_id, status, created_at, id);
create index ai_drafts_tenant_created_at_idx on ai_drafts (tenant_id, created_at, id);

alter table ai_drafts enable row level security;
alter table ai_drafts force row level security;
create policy tenant_isolation on ai_drafts
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

-- ---------------------------------------------------------------------------------------------------
-- AI settings
-- ---------------------------------------------------------------------------------------------------

create table ai_settings (
    tenant_id            uuid         not null,
    redaction_enabled    boolean      not null,
    custom_patterns      jsonb        not null default '[]',
    auto_apply_enabled   boolean      not null,
    auto_apply_threshold numeric(3,2) not null,
    digest_enabled       boolean      not null,
    plan                 text         not null,
    updated_at           timestamptz  not null,
    version              bigint       not null,
    constraint ai_settings_pk primary key (tenant_id),
    constraint ai_settings_tenant_fk foreign key (tenant_id) references tenants (id),
    constraint ai_settings_custom_patterns_check check (jsonb_typeof(custom_patterns) = 'array'
                                                        and jsonb_array_length(custom_patterns) <= 20),
    constraint ai_settings_threshold_check check (auto_apply_threshold between 0.50 and 1.00),
    constraint ai_settings_plan_check check (length(plan) between 1 and 100),
    constraint ai_settings_version_check check (version > 0)
);

alter table ai_settings enable row level security;
alter table ai_settings force row level security;
create policy tenant_isolation on ai_settings
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
create policy owner_reads_plans on ai_settings for select to current_user
    using (true);

-- ---------------------------------------------------------------------------------------------------
-- SOP rules (one ruleset per tenant, stored whole)
-- ---------------------------------------------------------------------------------------------------

create table sop_rules (
    tenant_id  uuid        not null,
    rules      jsonb       not null default '[]',
    updated_at timestamptz not null,
    version    bigint      not null,
    constraint sop_rules_pk primary key (tenant_id),
    constraint sop_rules_tenant_fk foreign key (tenant_id) references tenants (id),
    constraint sop_rules_rules_check check (jsonb_typeof(rules) = 'array' and jsonb_array_length(rules) <= 50),
    constraint sop_rules_version_check check (version > 0)
);

alter table sop_rules enable row level security;
alter table sop_rules force row level security;
create policy tenant_isolation on sop_rules
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

-- ---------------------------------------------------------------------------------------------------
-- CEO digests
-- ---------------------------------------------------------------------------------------------------

create table ai_digests (
    tenant_id       uuid        not null,
    day             date        not null,
    figures         jsonb       not null,
    insights        jsonb       not null default '[]',
    insights_status text        not null,
    model           text,
    created_at      timestamptz not null,
    emailed_at      timestamptz,
    constraint ai_digests_pk primary key (tenant_id, day),
    constraint ai_digests_tenant_fk foreign key (tenant_id) references tenants (id),
    constraint ai_digests_figures_check check (jsonb_typeof(figures) = 'object'),
    constraint ai_digests_insights_check check (jsonb_typeof(insights) = 'array'),
    constraint ai_digests_insights_status_check
        check (insights_status in ('GENERATED', 'NO_MODEL', 'UNAVAILABLE', 'QUOTA_EXCEEDED', 'DISABLED'))
);

alter table ai_digests enable row level security;
alter table ai_digests force row level security;
create policy tenant_isolation on ai_digests
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

-- ---------------------------------------------------------------------------------------------------
-- AI usage ledger
-- ---------------------------------------------------------------------------------------------------

create table ai_usage (
    tenant_id     uuid          not null,
    id            uuid          not null,
    user_id       uuid,
    feature       text          not null,
    model         text          not null,
    input_tokens  bigint        not null,
    output_tokens bigint        not null,
    cost_usd      numeric(18,6) not null,
    created_at    timestamptz   not null,
    constraint ai_usage_pk primary key (tenant_id, id),
    constraint ai_usage_tenant_fk foreign key (tenant_id) references tenants (id),
    constraint ai_usage_feature_check check (feature in ('TEXT_TO_TASK', 'PRECHECK', 'DIGEST')),
    constraint ai_usage_model_check check (length(model) between 1 and 100),
    constraint ai_usage_tokens_check check (input_tokens >= 0 and output_tokens >= 0),
    constraint ai_usage_cost_check check (cost_usd >= 0)
);

-- totals of a window (month to date, one tenant or all)
create index ai_usage_tenant_created_at_idx on ai_usage (tenant_id, created_at);

-- the ledger is evidence of what was billed: the application adds rows, never changes or removes them
revoke update, delete, truncate on ai_usage from ${app_role};

alter table ai_usage enable row level security;
alter table ai_usage force row level security;
create policy tenant_isolation on ai_usage
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
create policy owner_reads_usage on ai_usage for select to current_user
    using (true);

-- ---------------------------------------------------------------------------------------------------
-- Jobs: the daily digest
-- ---------------------------------------------------------------------------------------------------

alter table jobs drop constraint jobs_kind_check;
alter table jobs add constraint jobs_kind_check
    check (kind in ('WEBHOOK_PROCESS', 'EMAIL_SEND', 'AR_REMINDER_SEND', 'AI_PARSE', 'AI_DIGEST', 'EXPORT_BUILD'));

-- ---------------------------------------------------------------------------------------------------
-- Cross-tenant reads (ids and aggregates only)
-- ---------------------------------------------------------------------------------------------------

create function tenant_zones()
    returns table (tenant_id uuid, timezone text)
    language sql
    stable
    security definer
    set search_path = ${flyway:defaultSchema}, pg_temp
as $$
    select t.id, t.timezone
    from tenants t
    order by t.id
$$;

revoke all on function tenant_zones() from public;
grant execute on function tenant_zones() to ${app_role};

create function ai_usage_by_tenant(from_at timestamptz, to_at timestamptz)
    returns table (tenant_id uuid, tenant_name text, plan text, calls bigint, input_tokens bigint,
                   output_tokens bigint, cost_usd numeric)
    language sql
    stable
    security definer
    set search_path = ${flyway:defaultSchema}, pg_temp
as $$
    select t.id, t.name, s.plan,
           coalesce(u.calls, 0), coalesce(u.input_tokens, 0), coalesce(u.output_tokens, 0), coalesce(u.cost_usd, 0)
    from tenants t
    left join ai_settings s on s.tenant_id = t.id
    left join (select a.tenant_id, count(*) as calls, sum(a.input_tokens)::bigint as input_tokens,
                      sum(a.output_tokens)::bigint as output_tokens, sum(a.cost_usd) as cost_usd
               from ai_usage a
               where a.created_at >= from_at and a.created_at < to_at
               group by a.tenant_id) u on u.tenant_id = t.id
    order by t.name collate "C", t.id
$$;

revoke all on function ai_usage_by_tenant(timestamptz, timestamptz) from public;
grant execute on function ai_usage_by_tenant(timestamptz, timestamptz) to ${app_role};
