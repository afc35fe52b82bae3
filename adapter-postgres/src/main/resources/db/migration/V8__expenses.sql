-- Expenses: receipt capture with a submit → approve/reject review (spec smb-hub-prd.md 2.1 "Expense", 2.2 "Expense
-- capture", 2.3 "Expenses", 3.12, Epic 6).
--
-- New tenant table, under row-level security as V3 requires (enabled, forced, tenant_isolation policy):
--   expenses   one row per expense. status moves DRAFT → SUBMITTED → APPROVED | REJECTED, and REJECTED → DRAFT when
--              edited (ExpenseStatus.TRANSITIONS); source says how it was captured (UPLOAD, EMAIL_FORWARD, MANUAL, AI).
--              vendor is the free-text vendor name, vendor_contact_id the vendor as a contact (optional); amount is the
--              total paid incl. tax (> 0) and tax_total the tax part (optional, 0 ≤ tax_total ≤ amount), both in
--              currency at its minor-unit scale; expense_date is the tenant-local receipt date; ai_confidence is the
--              extraction's confidence 0.00–1.00 when AI suggested the fields; rejection_reason is set exactly while
--              REJECTED; created_by is the member who captured it (an AGENT sees only its own).
--              Composite (tenant_id, …) foreign keys keep the vendor contact and the receipt file in the same tenant.
-- Reports (the daily digest) read expenses by (tenant_id, expense_date); lists are newest first by id (keyset) with
-- optional status and month filters.

create table expenses (
    tenant_id         uuid          not null,
    id                uuid          not null,
    status            text          not null,
    source            text          not null,
    vendor            text,
    vendor_contact_id uuid,
    expense_date      date          not null,
    amount            numeric(19,4) not null,
    currency          char(3)       not null,
    tax_total         numeric(19,4),
    category          text,
    notes             text,
    receipt_file_id   uuid,
    ai_confidence     numeric(3,2),
    rejection_reason  text,
    created_by        uuid,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    version           bigint        not null,
    constraint expenses_pk primary key (tenant_id, id),
    constraint expenses_tenant_fk foreign key (tenant_id) references tenants (id),
    constraint expenses_vendor_contact_fk foreign key (tenant_id, vendor_contact_id) references contacts (tenant_id, id),
    constraint expenses_receipt_file_fk foreign key (tenant_id, receipt_file_id) references files (tenant_id, id),
    constraint expenses_status_check check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED')),
    constraint expenses_source_check check (source in ('UPLOAD', 'EMAIL_FORWARD', 'MANUAL', 'AI')),
    constraint expenses_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint expenses_amount_check check (amount > 0),
    constraint expenses_tax_total_check check (tax_total >= 0 and tax_total <= amount),
    constraint expenses_ai_confidence_check check (ai_confidence between 0 and 1),
    constraint expenses_rejection_check check ((status = 'REJECTED') = (rejection_reason is not null)),
    constraint expenses_vendor_check check (length(vendor) <= 200),
    constraint expenses_category_check check (length(category) <= 100),
    constraint expenses_version_check check (version > 0)
);

-- reports by day (the digest), and the month filter of the list
create index expenses_tenant_date_idx on expenses (tenant_id, expense_date, id);
-- the list filtered by status, newest first (keyset on id)
create index expenses_tenant_status_idx on expenses (tenant_id, status, id desc);
-- an AGENT's own expenses
create index expenses_tenant_created_by_idx on expenses (tenant_id, created_by, id desc);
create index expenses_tenant_vendor_contact_idx on expenses (tenant_id, vendor_contact_id);
create index expenses_tenant_receipt_file_idx on expenses (tenant_id, receipt_file_id);

alter table expenses enable row level security;
alter table expenses force row level security;
create policy tenant_isolation on expenses
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
