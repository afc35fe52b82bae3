-- Core schema of SMB Hub (ARCHITECTURE.md "Persistence rules"; spec smb-hub-prd.md 2.1, 12.8).
--
-- Global tables: tenants, user_accounts, tenant_members (keyed by tenant, but read across tenants at login).
-- Tenant tables: every other table. Each has tenant_id uuid not null as the FIRST column of its primary key
-- and of every foreign key, so no row can point into another tenant and the schema stays distributable
-- by tenant_id (Citus-style). Money is numeric(19,4) plus currency char(3); times are timestamptz;
-- aggregates carry version bigint for optimistic concurrency. Row-level security is added by a later
-- migration; nothing here depends on it.

-- ---------------------------------------------------------------------------------------------------
-- Global tables
-- ---------------------------------------------------------------------------------------------------

create table tenants (
    id              uuid        not null,
    name            text        not null,
    profile_id      text        not null,
    timezone        text        not null,
    currency        char(3)     not null,
    external_org_id text,
    created_at      timestamptz not null,
    version         bigint      not null default 0,
    constraint tenants_pk primary key (id),
    constraint tenants_external_org_id_key unique (external_org_id),
    constraint tenants_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint tenants_name_check check (length(name) between 1 and 200),
    constraint tenants_version_check check (version >= 0)
);

create table user_accounts (
    id            uuid        not null,
    email         text        not null,
    password_hash text        not null,
    created_at    timestamptz not null,
    constraint user_accounts_pk primary key (id),
    constraint user_accounts_email_key unique (email),
    constraint user_accounts_email_lower_check check (email = lower(email))
);

create table tenant_members (
    tenant_id  uuid        not null,
    user_id    uuid        not null,
    role       text        not null,
    status     text        not null,
    created_at timestamptz not null,
    constraint tenant_members_pk primary key (tenant_id, user_id),
    constraint tenant_members_tenant_fk foreign key (tenant_id) references tenants (id),
    constraint tenant_members_user_fk foreign key (user_id) references user_accounts (id),
    constraint tenant_members_role_check check (role in ('OWNER', 'ADMIN', 'STAFF', 'AGENT', 'VIEWER')),
    constraint tenant_members_status_check check (status in ('ACTIVE', 'INVITED', 'DISABLED'))
);

create index tenant_members_user_idx on tenant_members (user_id, created_at);

-- ---------------------------------------------------------------------------------------------------
-- Tenant tables
-- ---------------------------------------------------------------------------------------------------

create table contacts (
    tenant_id     uuid        not null,
    id            uuid        not null,
    type          text        not null,
    display_name  text        not null,
    company_name  text,
    email         text,
    phone         text,
    address_line1 text,
    address_line2 text,
    city          text,
    region        text,
    postal_code   text,
    country       text,
    tags          text[]      not null default '{}',
    notes         text,
    status        text        not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    created_by    uuid,
    deleted_at    timestamptz,
    version       bigint      not null,
    constraint contacts_pk primary key (tenant_id, id),
    constraint contacts_tenant_fk foreign key (tenant_id) references tenants (id),
    constraint contacts_type_check check (type in ('CUSTOMER', 'VENDOR', 'LEAD', 'OTHER')),
    constraint contacts_status_check check (status in ('ACTIVE', 'ARCHIVED')),
    constraint contacts_version_check check (version > 0)
);

create index contacts_tenant_status_idx on contacts (tenant_id, status);
create index contacts_tenant_type_idx on contacts (tenant_id, type);
create index contacts_tenant_phone_idx on contacts (tenant_id, phone);
create index contacts_tenant_email_idx on contacts (tenant_id, email);
create index contacts_tenant_display_name_idx on contacts (tenant_id, display_name);
create index contacts_tenant_created_at_idx on contacts (tenant_id, created_at);
create index contacts_tenant_updated_at_idx on contacts (tenant_id, updated_at);

create table work_items (
    tenant_id    uuid        not null,
    id           uuid        not null,
    type         text        not null,
    title        text        not null,
    description  text,
    status       text        not null,
    priority     text        not null,
    contact_id   uuid,
    due_at       timestamptz,
    assigned_to  uuid,
    source       text        not null,
    labels       jsonb       not null default '{}',
    quote_id     uuid,
    invoice_id   uuid,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    created_by   uuid,
    version      bigint      not null,
    constraint work_items_pk primary key (tenant_id, id),
    constraint work_items_tenant_fk foreign key (tenant_id) references tenants (id),
    constraint work_items_contact_fk foreign key (tenant_id, contact_id) references contacts (tenant_id, id),
    constraint work_items_type_check
        check (type in ('REQUEST', 'ORDER', 'JOB', 'SUPPORT', 'ADMIN', 'COLLECTION', 'BOOKKEEPING')),
    constraint work_items_status_check
        check (status in ('NEW', 'IN_PROGRESS', 'NEEDS_APPROVAL', 'WAITING', 'DONE', 'CANCELED')),
    constraint work_items_priority_check check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    constraint work_items_source_check check (source in ('INBOX', 'PORTAL', 'MANUAL', 'POS_SYNC', 'AI')),
    constraint work_items_labels_check check (jsonb_typeof(labels) = 'object'),
    constraint work_items_version_check check (version > 0)
);

create index work_items_tenant_status_idx on work_items (tenant_id, status);
create index work_items_tenant_type_idx on work_items (tenant_id, type);
create index work_items_tenant_assigned_to_idx on work_items (tenant_id, assigned_to);
create index work_items_tenant_due_at_idx on work_items (tenant_id, due_at);
create index work_items_tenant_contact_idx on work_items (tenant_id, contact_id);
create index work_items_tenant_created_at_idx on work_items (tenant_id, created_at);
create index work_items_tenant_updated_at_idx on work_items (tenant_id, updated_at);

create table quotes (
    tenant_id            uuid          not null,
    id                   uuid          not null,
    quote_number         text          not null,
    status               text          not null,
    contact_id           uuid,
    work_item_id         uuid,
    issue_date           date,
    expiry_date          date,
    currency             char(3)       not null,
    subtotal             numeric(19,4) not null,
    discount_total       numeric(19,4) not null,
    tax_total            numeric(19,4) not null,
    total                numeric(19,4) not null,
    notes                text,
    terms                text,
    line_items           jsonb         not null default '[]',
    converted_invoice_id uuid,
    rejection_reason     text,
    sent_at              timestamptz,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    created_by           uuid,
    version              bigint        not null,
    constraint quotes_pk primary key (tenant_id, id),
    constraint quotes_number_key unique (tenant_id, quote_number),
    constraint quotes_tenant_fk foreign key (tenant_id) references tenants (id),
    constraint quotes_contact_fk foreign key (tenant_id, contact_id) references contacts (tenant_id, id),
    constraint quotes_work_item_fk foreign key (tenant_id, work_item_id) references work_items (tenant_id, id),
    constraint quotes_status_check
        check (status in ('DRAFT', 'SENT', 'APPROVED', 'REJECTED', 'EXPIRED', 'CONVERTED')),
    constraint quotes_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint quotes_dates_check check (expiry_date is null or issue_date is null or expiry_date >= issue_date),
    constraint quotes_line_items_check check (jsonb_typeof(line_items) = 'array'),
    constraint quotes_version_check check (version > 0)
);

create index quotes_tenant_status_idx on quotes (tenant_id, status);
create index quotes_tenant_contact_idx on quotes (tenant_id, contact_id);
create index quotes_tenant_work_item_idx on quotes (tenant_id, work_item_id);
create index quotes_tenant_created_at_idx on quotes (tenant_id, created_at);
create index quotes_tenant_updated_at_idx on quotes (tenant_id, updated_at);

create table invoices (
    tenant_id      uuid          not null,
    id             uuid          not null,
    invoice_number text          not null,
    status         text          not null,
    contact_id     uuid,
    quote_id       uuid,
    work_item_id   uuid,
    issue_date     date,
    due_date       date,
    currency       char(3)       not null,
    subtotal       numeric(19,4) not null,
    discount_total numeric(19,4) not null,
    tax_total      numeric(19,4) not null,
    total          numeric(19,4) not null,
    amount_paid    numeric(19,4) not null,
    amount_due     numeric(19,4) not null,
    notes          text,
    terms          text,
    line_items     jsonb         not null default '[]',
    last_sent_at   timestamptz,
    void_reason    text,
    ar_stage       text          not null default 'NONE',
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    created_by     uuid,
    version        bigint        not null,
    constraint invoices_pk primary key (tenant_id, id),
    constraint invoices_number_key unique (tenant_id, invoice_number),
    constraint invoices_tenant_fk foreign key (tenant_id) references tenants (id),
    constraint invoices_contact_fk foreign key (tenant_id, contact_id) references contacts (tenant_id, id),
    constraint invoices_quote_fk foreign key (tenant_id, quote_id) references quotes (tenant_id, id),
    constraint invoices_work_item_fk foreign key (tenant_id, work_item_id) references work_items (tenant_id, id),
    constraint invoices_status_check check (status in ('DRAFT', 'SENT', 'PARTIALLY_PAID', 'PAID', 'VOID')),
    constraint invoices_ar_stage_check
        check (ar_stage in ('NONE', 'REMINDER_1', 'REMINDER_2', 'FINAL', 'COLLECTIONS')),
    constraint invoices_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint invoices_dates_check check (due_date is null or issue_date is null or due_date >= issue_date),
    constraint invoices_amount_paid_check check (amount_paid >= 0),
    constraint invoices_amount_due_check check (amount_due = total - amount_paid),
    constraint invoices_line_items_check check (jsonb_typeof(line_items) = 'array'),
    constraint invoices_version_check check (version > 0)
);

create index invoices_tenant_status_idx on invoices (tenant_id, status);
create index invoices_tenant_contact_idx on invoices (tenant_id, contact_id);
create index invoices_tenant_quote_idx on invoices (tenant_id, quote_id);
create index invoices_tenant_work_item_idx on invoices (tenant_id, work_item_id);
create index invoices_tenant_due_date_idx on invoices (tenant_id, due_date);
create index invoices_tenant_created_at_idx on invoices (tenant_id, created_at);
create index invoices_tenant_updated_at_idx on invoices (tenant_id, updated_at);

-- Work items and quotes point forward to the documents made from them; added once those tables exist.
alter table work_items
    add constraint work_items_quote_fk foreign key (tenant_id, quote_id) references quotes (tenant_id, id),
    add constraint work_items_invoice_fk foreign key (tenant_id, invoice_id) references invoices (tenant_id, id);
alter table quotes
    add constraint quotes_converted_invoice_fk
        foreign key (tenant_id, converted_invoice_id) references invoices (tenant_id, id);

create table payments (
    tenant_id           uuid          not null,
    id                  uuid          not null,
    invoice_id          uuid          not null,
    provider            text          not null,
    provider_payment_id text,
    status              text          not null,
    amount              numeric(19,4) not null,
    currency            char(3)       not null,
    paid_at             timestamptz   not null,
    method_label        text,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    created_by          uuid,
    version             bigint        not null,
    constraint payments_pk primary key (tenant_id, id),
    constraint payments_tenant_fk foreign key (tenant_id) references tenants (id),
    constraint payments_invoice_fk foreign key (tenant_id, invoice_id) references invoices (tenant_id, id),
    constraint payments_provider_check check (provider in ('STRIPE', 'CASH', 'BANK', 'OTHER')),
    constraint payments_status_check check (status in ('PENDING', 'SUCCEEDED', 'FAILED', 'REFUNDED')),
    constraint payments_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint payments_version_check check (version > 0)
);

create unique index payments_provider_payment_key
    on payments (tenant_id, provider, provider_payment_id) where provider_payment_id is not null;
create index payments_tenant_status_idx on payments (tenant_id, status);
create index payments_tenant_invoice_idx on payments (tenant_id, invoice_id);
create index payments_tenant_paid_at_idx on payments (tenant_id, paid_at);
create index payments_tenant_created_at_idx on payments (tenant_id, created_at);
create index payments_tenant_updated_at_idx on payments (tenant_id, updated_at);

create table document_sequences (
    tenant_id  uuid   not null,
    kind       text   not null,
    last_value bigint not null,
    constraint document_sequences_pk primary key (tenant_id, kind),
    constraint document_sequences_tenant_fk foreign key (tenant_id) references tenants (id),
    constraint document_sequences_kind_check check (kind in ('INVOICE', 'QUOTE')),
    constraint document_sequences_last_value_check check (last_value > 0)
);

create table audit_log (
    tenant_id     uuid        not null,
    id            uuid        not null,
    actor_user_id uuid,
    action        text        not null,
    entity_type   text        not null,
    entity_id     uuid,
    before        jsonb,
    after         jsonb,
    request_id    text,
    created_at    timestamptz not null,
    constraint audit_log_pk primary key (tenant_id, id),
    constraint audit_log_tenant_fk foreign key (tenant_id) references tenants (id)
);

create index audit_log_tenant_entity_idx on audit_log (tenant_id, entity_id, id);
create index audit_log_tenant_created_at_idx on audit_log (tenant_id, created_at);

create table idempotency_keys (
    tenant_id   uuid        not null,
    operation   text        not null,
    key         text        not null,
    fingerprint text,
    result      text,
    created_at  timestamptz not null,
    constraint idempotency_keys_pk primary key (tenant_id, operation, key),
    constraint idempotency_keys_tenant_fk foreign key (tenant_id) references tenants (id)
);

create index idempotency_keys_tenant_created_at_idx on idempotency_keys (tenant_id, created_at);
