-- Online payments, provider webhooks and the durable job queue (issue 4; spec smb-hub-prd.md 2.1 "Payment",
-- 3.2 Flow C, 12.4, 12.5).

-- Payments: refunds (amount_refunded only grows; REFUNDED when it reaches amount) and provider details.
alter table payments
    add column amount_refunded numeric(19,4) not null default 0,
    add column receipt_url     text,
    add column failure_message text;
alter table payments
    add constraint payments_refunded_check check (amount_refunded >= 0 and amount_refunded <= amount);

-- Amount due never goes below zero: money beyond the total (a customer paid two payment links) is kept as paid.
alter table invoices drop constraint invoices_amount_due_check;
alter table invoices
    add constraint invoices_amount_due_check check (amount_due = greatest(total - amount_paid, 0));

-- The online payment link stored on an invoice (spec 2.1 "payment_link_url"): all four set or none.
alter table invoices
    add column payment_link_url        text,
    add column payment_link_reference  text,
    add column payment_link_amount     numeric(19,4),
    add column payment_link_expires_at timestamptz;
alter table invoices
    add constraint invoices_payment_link_check
        check (num_nulls(payment_link_url, payment_link_amount, payment_link_expires_at) in (0, 3));

-- A tenant's payment provider account: a connected account of the platform, or the tenant's own secret key,
-- stored encrypted (AES-256-GCM, key from configuration; see JooqPaymentAccountRepository). Tenant data: RLS.
create table payment_accounts (
    tenant_id            uuid        not null,
    provider             text        not null,
    connected_account_id text,
    secret_key_sealed    text,
    updated_at           timestamptz not null,
    constraint payment_accounts_pk primary key (tenant_id, provider),
    constraint payment_accounts_tenant_fk foreign key (tenant_id) references tenants (id),
    constraint payment_accounts_provider_check check (provider in ('STRIPE')),
    constraint payment_accounts_one_credential_check check (num_nonnulls(connected_account_id, secret_key_sealed) = 1)
);
alter table payment_accounts enable row level security;
alter table payment_accounts force row level security;
create policy tenant_isolation on payment_accounts
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

-- Raw provider webhook events as received (spec 12.5). Platform-level, like the job queue: the tenant is known
-- only once the verified payload is translated, and processing then binds it. No tenant_id column, no RLS.
create table webhook_events (
    id                uuid        not null,
    provider          text        not null,
    provider_event_id text        not null,
    type              text        not null,
    payload           text        not null,
    status            text        not null,
    note              text,
    received_at       timestamptz not null,
    processed_at      timestamptz,
    constraint webhook_events_pk primary key (id),
    constraint webhook_events_provider_event_key unique (provider, provider_event_id),
    constraint webhook_events_status_check check (status in ('RECEIVED', 'PROCESSED', 'IGNORED', 'FAILED'))
);
-- The raw events are evidence: the application may add and mark them, never delete them.
revoke delete, truncate on webhook_events from ${app_role};

-- The durable job queue (spec 12.4): claimed with FOR UPDATE SKIP LOCKED, leased until run_at while RUNNING.
create table jobs (
    id              uuid        not null,
    kind            text        not null,
    idempotency_key text        not null,
    payload         jsonb       not null,
    status          text        not null,
    attempts        integer     not null default 0,
    run_at          timestamptz not null,
    last_error      text,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    constraint jobs_pk primary key (id),
    constraint jobs_kind_key unique (kind, idempotency_key),
    constraint jobs_kind_check check (kind in ('WEBHOOK_PROCESS', 'EMAIL_SEND', 'AR_REMINDER_SEND', 'AI_PARSE', 'EXPORT_BUILD')),
    constraint jobs_status_check check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    constraint jobs_attempts_check check (attempts >= 0)
);
create index jobs_due_idx on jobs (run_at) where status in ('QUEUED', 'RUNNING');
