-- The inbox, the email outbox, message templates, white-label email settings, collections and job progress
-- (issue 5; spec smb-hub-prd.md 2.1 "Conversation", "Message", "File", "Template", 3.4, 3.5, 3.11, 12.4;
-- enterprise-business-os.md features 12 "Automated Dunning" and 17 "White-Labeling").
--
-- New tenant tables, each under row-level security as V3 requires (enabled, forced, tenant_isolation policy):
--   conversations   inbox threads; contact_id is null for an unknown sender until a contact is linked.
--   messages        every inbound and outbound message; an outbound row is also the transactional outbox entry of
--                   its email (QUEUED in the transaction of the change that caused it, then SENT or FAILED by the
--                   EMAIL_SEND job). The Message-ID (internet_message_id) is unique per tenant: the same mail
--                   delivered twice is stored once, while two tenants may both receive one mail.
--   files           metadata of stored files (the bytes live in the FileStorage adapter), e.g. email attachments.
--   templates       message and document templates; at most one default per purpose and tenant.
--   email_settings  one row per tenant: sender name, reply-to, branding and an optional custom SMTP server whose
--                   password is stored only sealed (AES-256-GCM by SecretSealer, key outside the database; see
--                   JooqEmailSettingsRepository), like payment_accounts.secret_key_sealed of V4.
-- Changed tables:
--   invoices        last_reminded_at; ar_stage (V1) now allows exactly the stages of the domain's ArStage.
--   work_items      conversation_id: the conversation a work item was made from.
--   jobs            tenant_id (null for platform jobs) so a tenant can see the jobs run on its behalf, and progress.
--                   jobs stays a platform table without row-level security (workers claim across tenants); every
--                   tenant read filters on tenant_id explicitly (JooqJobQueue.find).
--
-- The collections scheduler must find overdue invoices of every tenant before any tenant is bound. Like
-- portal_token_tenant (V5), overdue_invoice_candidates(...) is SECURITY DEFINER (runs as the migration owner,
-- search_path pinned) and answers only (tenant_id, invoice_id) pairs; each invoice is then loaded and decided in its
-- own tenant's transaction under row-level security. The owner gets a read-only policy on invoices for this (FORCE
-- holds the owner to row-level security too; a superuser owner skips it anyway). Only the application role may
-- execute the function.

-- ---------------------------------------------------------------------------------------------------
-- Conversations
-- ---------------------------------------------------------------------------------------------------

create table conversations (
    tenant_id           uuid        not null,
    id                  uuid        not null,
    channel             text        not null,
    subject             text        not null default '',
    participant_address text        not null,
    participant_name    text,
    contact_id          uuid,
    external_thread_id  text,
    status              text        not null,
    assigned_to         uuid,
    unread              boolean     not null,
    last_message_at     timestamptz not null,
    preview             text        not null default '',
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             bigint      not null,
    constraint conversations_pk primary key (tenant_id, id),
    constraint conversations_tenant_fk foreign key (tenant_id) references tenants (id),
    constraint conversations_contact_fk foreign key (tenant_id, contact_id) references contacts (tenant_id, id),
    constraint conversations_channel_check check (channel in ('EMAIL', 'SMS', 'WHATSAPP', 'WEB_PORTAL')),
    constraint conversations_status_check check (status in ('OPEN', 'CLOSED')),
    constraint conversations_subject_check check (length(subject) <= 500),
    constraint conversations_preview_check check (length(preview) <= 200),
    constraint conversations_participant_lower_check check (participant_address = lower(participant_address)),
    constraint conversations_version_check check (version > 0)
);

-- the inbox list: newest activity first, keyset (last_message_at, id)
create index conversations_tenant_last_message_idx on conversations (tenant_id, last_message_at desc, id desc);
create index conversations_tenant_status_idx on conversations (tenant_id, status, last_message_at desc, id desc);
create index conversations_tenant_assigned_to_idx on conversations (tenant_id, assigned_to);
create index conversations_tenant_participant_idx on conversations (tenant_id, participant_address);
create index conversations_tenant_contact_idx on conversations (tenant_id, contact_id);

alter table conversations enable row level security;
alter table conversations force row level security;
create policy tenant_isolation on conversations
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

-- ---------------------------------------------------------------------------------------------------
-- Messages (and the email outbox)
-- ---------------------------------------------------------------------------------------------------

create table messages (
    tenant_id           uuid        not null,
    id                  uuid        not null,
    conversation_id     uuid        not null,
    direction           text        not null,
    from_address        text        not null,
    from_name           text,
    to_addresses        jsonb       not null,
    cc_addresses        jsonb       not null default '[]',
    subject             text        not null default '',
    body_text           text        not null,
    body_html           text,
    internet_message_id text        not null,
    in_reply_to         text,
    reference_ids       text[]      not null default '{}',
    attachment_count    integer     not null default 0,
    document_kind       text,
    document_id         uuid,
    purpose             text,
    status              text        not null,
    failure_reason      text,
    sent_at             timestamptz,
    created_by          uuid,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             bigint      not null,
    ai_parsed_status    text,
    constraint messages_pk primary key (tenant_id, id),
    constraint messages_internet_message_id_key unique (tenant_id, internet_message_id),
    constraint messages_tenant_fk foreign key (tenant_id) references tenants (id),
    constraint messages_conversation_fk foreign key (tenant_id, conversation_id) references conversations (tenant_id, id),
    constraint messages_direction_check check (direction in ('INBOUND', 'OUTBOUND')),
    constraint messages_status_check check (status in ('RECEIVED', 'QUEUED', 'SENT', 'FAILED')),
    constraint messages_purpose_check check (purpose in ('QUOTE_SENT', 'INVOICE_SENT', 'AR_REMINDER_1', 'AR_REMINDER_2',
                                                         'AR_REMINDER_FINAL', 'AR_REMINDER_MANUAL', 'REPLY')),
    constraint messages_document_check check (num_nulls(document_kind, document_id) in (0, 2)
                                              and document_kind in ('INVOICE', 'QUOTE')),
    constraint messages_ai_parsed_status_check check (ai_parsed_status in ('PENDING', 'DONE', 'FAILED')),
    constraint messages_to_addresses_check check (jsonb_typeof(to_addresses) = 'array'),
    constraint messages_cc_addresses_check check (jsonb_typeof(cc_addresses) = 'array'),
    constraint messages_attachment_count_check check (attachment_count >= 0),
    constraint messages_version_check check (version > 0)
);

-- a conversation's thread, oldest first, keyset (created_at, id)
create index messages_tenant_conversation_idx on messages (tenant_id, conversation_id, created_at, id);
-- the last message about an invoice or quote (threading the next reminder to it)
create index messages_tenant_document_idx on messages (tenant_id, document_kind, document_id, created_at)
    where document_id is not null;

alter table messages enable row level security;
alter table messages force row level security;
create policy tenant_isolation on messages
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

-- ---------------------------------------------------------------------------------------------------
-- Files
-- ---------------------------------------------------------------------------------------------------

create table files (
    tenant_id          uuid        not null,
    id                 uuid        not null,
    storage_provider   text        not null,
    bucket             text        not null,
    object_key         text        not null,
    file_name          text        not null,
    mime_type          text        not null,
    size_bytes         bigint      not null,
    checksum_sha256    text,
    linked_entity_type text,
    linked_entity_id   uuid,
    uploaded_by        uuid,
    created_at         timestamptz not null,
    constraint files_pk primary key (tenant_id, id),
    constraint files_tenant_fk foreign key (tenant_id) references tenants (id),
    constraint files_storage_provider_check check (storage_provider in ('LOCAL', 'S3', 'R2')),
    constraint files_linked_entity_type_check
        check (linked_entity_type in ('CONTACT', 'WORK_ITEM', 'MESSAGE', 'QUOTE', 'INVOICE', 'EXPENSE', 'TEMPLATE')),
    constraint files_linked_entity_check check (num_nulls(linked_entity_type, linked_entity_id) in (0, 2)),
    constraint files_size_check check (size_bytes >= 0),
    constraint files_checksum_check check (checksum_sha256 ~ '^[0-9a-f]{64}$')
);

create index files_tenant_linked_entity_idx on files (tenant_id, linked_entity_type, linked_entity_id, created_at, id);

alter table files enable row level security;
alter table files force row level security;
create policy tenant_isolation on files
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

-- ---------------------------------------------------------------------------------------------------
-- Templates
-- ---------------------------------------------------------------------------------------------------

create table templates (
    tenant_id      uuid        not null,
    id             uuid        not null,
    type           text        not null,
    purpose        text,
    name           text        not null,
    subject        text,
    content        text        not null,
    is_default     boolean     not null default false,
    profile_scopes text[]      not null default '{}',
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        bigint      not null,
    constraint templates_pk primary key (tenant_id, id),
    constraint templates_tenant_fk foreign key (tenant_id) references tenants (id),
    constraint templates_type_check check (type in ('INVOICE', 'QUOTE', 'MESSAGE', 'CHECKLIST', 'OTHER')),
    constraint templates_purpose_check check (purpose in ('QUOTE_SENT', 'INVOICE_SENT', 'AR_REMINDER_1', 'AR_REMINDER_2',
                                                          'AR_REMINDER_FINAL', 'AR_REMINDER_MANUAL', 'REPLY')),
    constraint templates_default_needs_purpose_check check (not is_default or purpose is not null),
    constraint templates_name_check check (length(name) between 1 and 120),
    constraint templates_version_check check (version > 0)
);

-- one default per purpose and tenant
create unique index templates_default_key on templates (tenant_id, purpose) where is_default;
create index templates_tenant_name_idx on templates (tenant_id, lower(name));

alter table templates enable row level security;
alter table templates force row level security;
create policy tenant_isolation on templates
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

-- ---------------------------------------------------------------------------------------------------
-- Email settings (white-label sender, custom SMTP)
-- ---------------------------------------------------------------------------------------------------

create table email_settings (
    tenant_id            uuid        not null,
    from_name            text,
    reply_to_address     text,
    reply_to_name        text,
    brand_color          text,
    signature            text,
    smtp_host            text,
    smtp_port            integer,
    smtp_security        text,
    smtp_username        text,
    smtp_password_sealed text,
    smtp_from_address    text,
    smtp_from_name       text,
    updated_at           timestamptz not null,
    version              bigint      not null,
    constraint email_settings_pk primary key (tenant_id),
    constraint email_settings_tenant_fk foreign key (tenant_id) references tenants (id),
    constraint email_settings_brand_color_check check (brand_color ~ '^#[0-9A-Fa-f]{6}$'),
    constraint email_settings_smtp_check check (num_nulls(smtp_host, smtp_port, smtp_security, smtp_from_address) in (0, 4)),
    constraint email_settings_smtp_login_check check (num_nulls(smtp_username, smtp_password_sealed) in (0, 2)
                                                      and (smtp_username is null or smtp_host is not null)),
    constraint email_settings_smtp_port_check check (smtp_port between 1 and 65535),
    constraint email_settings_smtp_security_check check (smtp_security in ('NONE', 'STARTTLS', 'TLS')),
    constraint email_settings_sealed_check check (smtp_password_sealed like 'v1:%'),
    constraint email_settings_version_check check (version > 0)
);

alter table email_settings enable row level security;
alter table email_settings force row level security;
create policy tenant_isolation on email_settings
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

-- ---------------------------------------------------------------------------------------------------
-- Invoices: collections stage; work items: the conversation they came from
-- ---------------------------------------------------------------------------------------------------

alter table invoices drop constraint invoices_ar_stage_check;
alter table invoices
    add constraint invoices_ar_stage_check check (ar_stage in ('NONE', 'REMINDER_1', 'REMINDER_2', 'FINAL')),
    add column last_reminded_at timestamptz;

-- the overdue scan: open invoices not yet at the final stage, in (tenant_id, id) order
create index invoices_collections_idx on invoices (tenant_id, id)
    where status in ('SENT', 'PARTIALLY_PAID') and ar_stage <> 'FINAL';

alter table work_items
    add column conversation_id uuid,
    add constraint work_items_conversation_fk
        foreign key (tenant_id, conversation_id) references conversations (tenant_id, id);
create index work_items_tenant_conversation_idx on work_items (tenant_id, conversation_id);

-- AUTOMATION: work items the product opens itself (the COLLECTION work item after an invoice's final reminder)
alter table work_items drop constraint work_items_source_check;
alter table work_items add constraint work_items_source_check
    check (source in ('INBOX', 'PORTAL', 'MANUAL', 'POS_SYNC', 'AI', 'AUTOMATION'));

-- ---------------------------------------------------------------------------------------------------
-- Jobs: on whose behalf, and progress of long jobs
-- ---------------------------------------------------------------------------------------------------

alter table jobs
    add column tenant_id      uuid,
    add column progress_done  integer not null default 0,
    add column progress_total integer not null default 0,
    add constraint jobs_tenant_fk foreign key (tenant_id) references tenants (id),
    add constraint jobs_progress_check check (progress_done >= 0 and progress_total >= 0);
create index jobs_tenant_idx on jobs (tenant_id, id);

-- ---------------------------------------------------------------------------------------------------
-- The overdue-invoice scan across tenants
-- ---------------------------------------------------------------------------------------------------

create policy owner_scans_overdue on invoices for select to current_user
    using (true);

create function overdue_invoice_candidates(due_on_or_before date, after_tenant uuid, after_invoice uuid,
                                           max_rows integer)
    returns table (tenant_id uuid, invoice_id uuid)
    language sql
    stable
    security definer
    set search_path = ${flyway:defaultSchema}, pg_temp
as $$
    select i.tenant_id, i.id
    from invoices i
    where i.status in ('SENT', 'PARTIALLY_PAID')
      and i.ar_stage <> 'FINAL'
      and i.due_date <= due_on_or_before
      and (after_tenant is null or (i.tenant_id, i.id) > (after_tenant, after_invoice))
    order by i.tenant_id, i.id
    limit max_rows
$$;

revoke all on function overdue_invoice_candidates(date, uuid, uuid, integer) from public;
grant execute on function overdue_invoice_candidates(date, uuid, uuid, integer) to ${app_role};
