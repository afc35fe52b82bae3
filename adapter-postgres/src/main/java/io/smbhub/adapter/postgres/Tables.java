package io.smbhub.adapter.postgres;

import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The tables and columns of the Flyway schema ({@code db/migration}) as jOOQ objects, declared once
 * here instead of as string literals in the repositories (no code generation). Columns are qualified by
 * their table name, so they stay unambiguous in joins and in {@code ON CONFLICT DO UPDATE}.
 */
final class Tables {

    private Tables() {
    }

    private static final DataType<String> TEXT = SQLDataType.VARCHAR;
    private static final DataType<BigDecimal> MONEY = SQLDataType.NUMERIC;

    /**
     * The columns of one table, collected as they are declared so that {@code ALL} lists every column.
     * Reads select {@code ALL} explicitly (not {@code selectFrom}), so jOOQ converts each value to the
     * declared Java type, e.g. {@code timestamptz} to {@link Instant}.
     */
    private static final class Columns {
        private final String table;
        private final List<Field<?>> fields = new ArrayList<>();

        private Columns(String table) {
            this.table = table;
        }

        Table<Record> table() {
            return DSL.table(DSL.name(table));
        }

        <T> Field<T> add(String column, DataType<T> type) {
            Field<T> field = DSL.field(DSL.name(table, column), type);
            fields.add(field);
            return field;
        }

        List<Field<?>> all() {
            return List.copyOf(fields);
        }
    }

    /** {@code tenants}: business accounts (global). */
    static final class Tenants {
        private static final Columns C = new Columns("tenants");
        static final Table<Record> TABLE = C.table();
        static final Field<UUID> ID = C.add("id", SQLDataType.UUID);
        static final Field<String> NAME = C.add("name", TEXT);
        static final Field<String> PROFILE_ID = C.add("profile_id", TEXT);
        static final Field<String> TIMEZONE = C.add("timezone", TEXT);
        static final Field<String> CURRENCY = C.add("currency", TEXT);
        static final Field<String> EXTERNAL_ORG_ID = C.add("external_org_id", TEXT);
        static final Field<Instant> CREATED_AT = C.add("created_at", SQLDataType.INSTANT);
        static final Field<Long> VERSION = C.add("version", SQLDataType.BIGINT);
        static final Field<JSONB> PROFILE_OVERRIDES = C.add("profile_overrides", SQLDataType.JSONB);
        static final Field<Instant> UPDATED_AT = C.add("updated_at", SQLDataType.INSTANT);
        static final List<Field<?>> ALL = C.all();

        private Tenants() {
        }
    }

    /** {@code profiles}: versioned profile definitions (global). */
    static final class Profiles {
        private static final Columns C = new Columns("profiles");
        static final Table<Record> TABLE = C.table();
        static final Field<String> PROFILE_ID = C.add("profile_id", TEXT);
        static final Field<Integer> VERSION = C.add("version", SQLDataType.INTEGER);
        static final Field<JSONB> CONFIG_JSON = C.add("config_json", SQLDataType.JSONB);
        static final Field<Instant> CREATED_AT = C.add("created_at", SQLDataType.INSTANT);
        static final List<Field<?>> ALL = C.all();

        private Profiles() {
        }
    }

    /** {@code user_accounts}: sign-in accounts (global). */
    static final class UserAccounts {
        private static final Columns C = new Columns("user_accounts");
        static final Table<Record> TABLE = C.table();
        static final Field<UUID> ID = C.add("id", SQLDataType.UUID);
        static final Field<String> EMAIL = C.add("email", TEXT);
        static final Field<String> PASSWORD_HASH = C.add("password_hash", TEXT);
        static final Field<Instant> CREATED_AT = C.add("created_at", SQLDataType.INSTANT);
        static final List<Field<?>> ALL = C.all();

        private UserAccounts() {
        }
    }

    /** {@code tenant_members}: a user's role in a tenant. */
    static final class TenantMembers {
        private static final Columns C = new Columns("tenant_members");
        static final Table<Record> TABLE = C.table();
        static final Field<UUID> TENANT_ID = C.add("tenant_id", SQLDataType.UUID);
        static final Field<UUID> USER_ID = C.add("user_id", SQLDataType.UUID);
        static final Field<String> ROLE = C.add("role", TEXT);
        static final Field<String> STATUS = C.add("status", TEXT);
        static final Field<Instant> CREATED_AT = C.add("created_at", SQLDataType.INSTANT);
        static final Field<Instant> UPDATED_AT = C.add("updated_at", SQLDataType.INSTANT);
        static final Field<Long> VERSION = C.add("version", SQLDataType.BIGINT);
        static final List<Field<?>> ALL = C.all();

        private TenantMembers() {
        }
    }

    /** {@code member_invitations}: invitations to join a tenant; only the SHA-256 hash of each token. */
    static final class MemberInvitations {
        private static final Columns C = new Columns("member_invitations");
        static final Table<Record> TABLE = C.table();
        static final Field<UUID> TENANT_ID = C.add("tenant_id", SQLDataType.UUID);
        static final Field<UUID> ID = C.add("id", SQLDataType.UUID);
        static final Field<String> EMAIL = C.add("email", TEXT);
        static final Field<String> ROLE = C.add("role", TEXT);
        static final Field<String> TOKEN_HASH = C.add("token_hash", TEXT);
        static final Field<String> STATUS = C.add("status", TEXT);
        static final Field<Instant> EXPIRES_AT = C.add("expires_at", SQLDataType.INSTANT);
        static final Field<UUID> INVITED_BY = C.add("invited_by", SQLDataType.UUID);
        static final Field<UUID> ACCEPTED_BY = C.add("accepted_by", SQLDataType.UUID);
        static final Field<Instant> CREATED_AT = C.add("created_at", SQLDataType.INSTANT);
        static final Field<Instant> UPDATED_AT = C.add("updated_at", SQLDataType.INSTANT);
        static final Field<Long> VERSION = C.add("version", SQLDataType.BIGINT);
        static final List<Field<?>> ALL = C.all();

        private MemberInvitations() {
        }
    }

    /** {@code contacts}. */
    static final class Contacts {
        private static final Columns C = new Columns("contacts");
        static final Table<Record> TABLE = C.table();
        static final Field<UUID> TENANT_ID = C.add("tenant_id", SQLDataType.UUID);
        static final Field<UUID> ID = C.add("id", SQLDataType.UUID);
        static final Field<String> TYPE = C.add("type", TEXT);
        static final Field<String> DISPLAY_NAME = C.add("display_name", TEXT);
        static final Field<String> COMPANY_NAME = C.add("company_name", TEXT);
        static final Field<String> EMAIL = C.add("email", TEXT);
        static final Field<String> PHONE = C.add("phone", TEXT);
        static final Field<String> ADDRESS_LINE1 = C.add("address_line1", TEXT);
        static final Field<String> ADDRESS_LINE2 = C.add("address_line2", TEXT);
        static final Field<String> CITY = C.add("city", TEXT);
        static final Field<String> REGION = C.add("region", TEXT);
        static final Field<String> POSTAL_CODE = C.add("postal_code", TEXT);
        static final Field<String> COUNTRY = C.add("country", TEXT);
        static final Field<String[]> TAGS = C.add("tags", TEXT.array());
        static final Field<String> NOTES = C.add("notes", TEXT);
        static final Field<String> STATUS = C.add("status", TEXT);
        static final Field<Instant> CREATED_AT = C.add("created_at", SQLDataType.INSTANT);
        static final Field<Instant> UPDATED_AT = C.add("updated_at", SQLDataType.INSTANT);
        static final Field<UUID> CREATED_BY = C.add("created_by", SQLDataType.UUID);
        static final Field<Instant> DELETED_AT = C.add("deleted_at", SQLDataType.INSTANT);
        static final Field<Long> VERSION = C.add("version", SQLDataType.BIGINT);
        static final List<Field<?>> ALL = C.all();

        private Contacts() {
        }
    }

    /** {@code work_items}. */
    static final class WorkItems {
        private static final Columns C = new Columns("work_items");
        static final Table<Record> TABLE = C.table();
        static final Field<UUID> TENANT_ID = C.add("tenant_id", SQLDataType.UUID);
        static final Field<UUID> ID = C.add("id", SQLDataType.UUID);
        static final Field<String> TYPE = C.add("type", TEXT);
        static final Field<String> TITLE = C.add("title", TEXT);
        static final Field<String> DESCRIPTION = C.add("description", TEXT);
        static final Field<String> STATUS = C.add("status", TEXT);
        static final Field<String> PRIORITY = C.add("priority", TEXT);
        static final Field<UUID> CONTACT_ID = C.add("contact_id", SQLDataType.UUID);
        static final Field<Instant> DUE_AT = C.add("due_at", SQLDataType.INSTANT);
        static final Field<UUID> ASSIGNED_TO = C.add("assigned_to", SQLDataType.UUID);
        static final Field<String> SOURCE = C.add("source", TEXT);
        static final Field<JSONB> LABELS = C.add("labels", SQLDataType.JSONB);
        static final Field<UUID> QUOTE_ID = C.add("quote_id", SQLDataType.UUID);
        static final Field<UUID> INVOICE_ID = C.add("invoice_id", SQLDataType.UUID);
        static final Field<UUID> CONVERSATION_ID = C.add("conversation_id", SQLDataType.UUID);
        static final Field<Instant> CREATED_AT = C.add("created_at", SQLDataType.INSTANT);
        static final Field<Instant> UPDATED_AT = C.add("updated_at", SQLDataType.INSTANT);
        static final Field<UUID> CREATED_BY = C.add("created_by", SQLDataType.UUID);
        static final Field<Long> VERSION = C.add("version", SQLDataType.BIGINT);
        static final List<Field<?>> ALL = C.all();

        private WorkItems() {
        }
    }

    /** {@code quotes}. */
    static final class Quotes {
        private static final Columns C = new Columns("quotes");
        static final Table<Record> TABLE = C.table();
        static final Field<UUID> TENANT_ID = C.add("tenant_id", SQLDataType.UUID);
        static final Field<UUID> ID = C.add("id", SQLDataType.UUID);
        static final Field<String> QUOTE_NUMBER = C.add("quote_number", TEXT);
        static final Field<String> STATUS = C.add("status", TEXT);
        static final Field<UUID> CONTACT_ID = C.add("contact_id", SQLDataType.UUID);
        static final Field<UUID> WORK_ITEM_ID = C.add("work_item_id", SQLDataType.UUID);
        static final Field<LocalDate> ISSUE_DATE = C.add("issue_date", SQLDataType.LOCALDATE);
        static final Field<LocalDate> EXPIRY_DATE = C.add("expiry_date", SQLDataType.LOCALDATE);
        static final Field<String> CURRENCY = C.add("currency", TEXT);
        static final Field<BigDecimal> SUBTOTAL = C.add("subtotal", MONEY);
        static final Field<BigDecimal> DISCOUNT_TOTAL = C.add("discount_total", MONEY);
        static final Field<BigDecimal> TAX_TOTAL = C.add("tax_total", MONEY);
        static final Field<BigDecimal> TOTAL = C.add("total", MONEY);
        static final Field<String> NOTES = C.add("notes", TEXT);
        static final Field<String> TERMS = C.add("terms", TEXT);
        static final Field<JSONB> LINE_ITEMS = C.add("line_items", SQLDataType.JSONB);
        static final Field<UUID> CONVERTED_INVOICE_ID = C.add("converted_invoice_id", SQLDataType.UUID);
        static final Field<String> REJECTION_REASON = C.add("rejection_reason", TEXT);
        static final Field<Instant> SENT_AT = C.add("sent_at", SQLDataType.INSTANT);
        static final Field<Instant> CREATED_AT = C.add("created_at", SQLDataType.INSTANT);
        static final Field<Instant> UPDATED_AT = C.add("updated_at", SQLDataType.INSTANT);
        static final Field<UUID> CREATED_BY = C.add("created_by", SQLDataType.UUID);
        static final Field<Long> VERSION = C.add("version", SQLDataType.BIGINT);
        static final List<Field<?>> ALL = C.all();

        private Quotes() {
        }
    }

    /** {@code invoices}. */
    static final class Invoices {
        private static final Columns C = new Columns("invoices");
        static final Table<Record> TABLE = C.table();
        static final Field<UUID> TENANT_ID = C.add("tenant_id", SQLDataType.UUID);
        static final Field<UUID> ID = C.add("id", SQLDataType.UUID);
        static final Field<String> INVOICE_NUMBER = C.add("invoice_number", TEXT);
        static final Field<String> STATUS = C.add("status", TEXT);
        static final Field<UUID> CONTACT_ID = C.add("contact_id", SQLDataType.UUID);
        static final Field<UUID> QUOTE_ID = C.add("quote_id", SQLDataType.UUID);
        static final Field<UUID> WORK_ITEM_ID = C.add("work_item_id", SQLDataType.UUID);
        static final Field<LocalDate> ISSUE_DATE = C.add("issue_date", SQLDataType.LOCALDATE);
        static final Field<LocalDate> DUE_DATE = C.add("due_date", SQLDataType.LOCALDATE);
        static final Field<String> CURRENCY = C.add("currency", TEXT);
        static final Field<BigDecimal> SUBTOTAL = C.add("subtotal", MONEY);
        static final Field<BigDecimal> DISCOUNT_TOTAL = C.add("discount_total", MONEY);
        static final Field<BigDecimal> TAX_TOTAL = C.add("tax_total", MONEY);
        static final Field<BigDecimal> TOTAL = C.add("total", MONEY);
        static final Field<BigDecimal> AMOUNT_PAID = C.add("amount_paid", MONEY);
        static final Field<BigDecimal> AMOUNT_DUE = C.add("amount_due", MONEY);
        static final Field<String> NOTES = C.add("notes", TEXT);
        static final Field<String> TERMS = C.add("terms", TEXT);
        static final Field<JSONB> LINE_ITEMS = C.add("line_items", SQLDataType.JSONB);
        static final Field<Instant> LAST_SENT_AT = C.add("last_sent_at", SQLDataType.INSTANT);
        static final Field<String> VOID_REASON = C.add("void_reason", TEXT);
        static final Field<String> AR_STAGE = C.add("ar_stage", TEXT);
        static final Field<Instant> LAST_REMINDED_AT = C.add("last_reminded_at", SQLDataType.INSTANT);
        static final Field<String> PAYMENT_LINK_URL = C.add("payment_link_url", TEXT);
        static final Field<String> PAYMENT_LINK_REFERENCE = C.add("payment_link_reference", TEXT);
        static final Field<BigDecimal> PAYMENT_LINK_AMOUNT = C.add("payment_link_amount", MONEY);
        static final Field<Instant> PAYMENT_LINK_EXPIRES_AT = C.add("payment_link_expires_at", SQLDataType.INSTANT);
        static final Field<Instant> CREATED_AT = C.add("created_at", SQLDataType.INSTANT);
        static final Field<Instant> UPDATED_AT = C.add("updated_at", SQLDataType.INSTANT);
        static final Field<UUID> CREATED_BY = C.add("created_by", SQLDataType.UUID);
        static final Field<Long> VERSION = C.add("version", SQLDataType.BIGINT);
        static final List<Field<?>> ALL = C.all();

        private Invoices() {
        }
    }

    /** {@code payments}. */
    static final class Payments {
        private static final Columns C = new Columns("payments");
        static final Table<Record> TABLE = C.table();
        static final Field<UUID> TENANT_ID = C.add("tenant_id", SQLDataType.UUID);
        static final Field<UUID> ID = C.add("id", SQLDataType.UUID);
        static final Field<UUID> INVOICE_ID = C.add("invoice_id", SQLDataType.UUID);
        static final Field<String> PROVIDER = C.add("provider", TEXT);
        static final Field<String> PROVIDER_PAYMENT_ID = C.add("provider_payment_id", TEXT);
        static final Field<String> STATUS = C.add("status", TEXT);
        static final Field<BigDecimal> AMOUNT = C.add("amount", MONEY);
        static final Field<String> CURRENCY = C.add("currency", TEXT);
        static final Field<Instant> PAID_AT = C.add("paid_at", SQLDataType.INSTANT);
        static final Field<String> METHOD_LABEL = C.add("method_label", TEXT);
        static final Field<BigDecimal> AMOUNT_REFUNDED = C.add("amount_refunded", MONEY);
        static final Field<String> RECEIPT_URL = C.add("receipt_url", TEXT);
        static final Field<String> FAILURE_MESSAGE = C.add("failure_message", TEXT);
        static final Field<Instant> CREATED_AT = C.add("created_at", SQLDataType.INSTANT);
        static final Field<Instant> UPDATED_AT = C.add("updated_at", SQLDataType.INSTANT);
        static final Field<UUID> CREATED_BY = C.add("created_by", SQLDataType.UUID);
        static final Field<Long> VERSION = C.add("version", SQLDataType.BIGINT);
        static final List<Field<?>> ALL = C.all();

        private Payments() {
        }
    }

    /** {@code payment_accounts}: a tenant's payment provider account (secret key sealed). */
    static final class PaymentAccounts {
        private static final Columns C = new Columns("payment_accounts");
        static final Table<Record> TABLE = C.table();
        static final Field<UUID> TENANT_ID = C.add("tenant_id", SQLDataType.UUID);
        static final Field<String> PROVIDER = C.add("provider", TEXT);
        static final Field<String> CONNECTED_ACCOUNT_ID = C.add("connected_account_id", TEXT);
        static final Field<String> SECRET_KEY_SEALED = C.add("secret_key_sealed", TEXT);
        static final Field<Instant> UPDATED_AT = C.add("updated_at", SQLDataType.INSTANT);
        static final List<Field<?>> ALL = C.all();

        private PaymentAccounts() {
        }
    }

    /** {@code webhook_events}: raw provider events (platform-level). */
    static final class WebhookEvents {
        private static final Columns C = new Columns("webhook_events");
        static final Table<Record> TABLE = C.table();
        static final Field<UUID> ID = C.add("id", SQLDataType.UUID);
        static final Field<String> PROVIDER = C.add("provider", TEXT);
        static final Field<String> PROVIDER_EVENT_ID = C.add("provider_event_id", TEXT);
        static final Field<String> TYPE = C.add("type", TEXT);
        static final Field<String> PAYLOAD = C.add("payload", TEXT);
        static final Field<String> STATUS = C.add("status", TEXT);
        static final Field<String> NOTE = C.add("note", TEXT);
        static final Field<Instant> RECEIVED_AT = C.add("received_at", SQLDataType.INSTANT);
        static final Field<Instant> PROCESSED_AT = C.add("processed_at", SQLDataType.INSTANT);
        static final List<Field<?>> ALL = C.all();

        private WebhookEvents() {
        }
    }

    /** {@code jobs}: the durable job queue (platform-level; {@code tenant_id} says on whose behalf, null for none). */
    static final class Jobs {
        private static final Columns C = new Columns("jobs");
        static final Table<Record> TABLE = C.table();
        static final Field<UUID> ID = C.add("id", SQLDataType.UUID);
        static final Field<String> KIND = C.add("kind", TEXT);
        static final Field<String> IDEMPOTENCY_KEY = C.add("idempotency_key", TEXT);
        static final Field<JSONB> PAYLOAD = C.add("payload", SQLDataType.JSONB);
        static final Field<String> STATUS = C.add("status", TEXT);
        static final Field<Integer> ATTEMPTS = C.add("attempts", SQLDataType.INTEGER);
        static final Field<Instant> RUN_AT = C.add("run_at", SQLDataType.INSTANT);
        static final Field<String> LAST_ERROR = C.add("last_error", TEXT);
        static final Field<UUID> TENANT_ID = C.add("tenant_id", SQLDataType.UUID);
        static final Field<Integer> PROGRESS_DONE = C.add("progress_done", SQLDataType.INTEGER);
        static final Field<Integer> PROGRESS_TOTAL = C.add("progress_total", SQLDataType.INTEGER);
        static final Field<Instant> CREATED_AT = C.add("created_at", SQLDataType.INSTANT);
        static final Field<Instant> UPDATED_AT = C.add("updated_at", SQLDataType.INSTANT);
        static final List<Field<?>> ALL = C.all();

        private Jobs() {
        }
    }

    /** {@code conversations}: inbox threads (V6). */
    static final class Conversations {
        private static final Columns C = new Columns("conversations");
        static final Table<Record> TABLE = C.table();
        static final Field<UUID> TENANT_ID = C.add("tenant_id", SQLDataType.UUID);
        static final Field<UUID> ID = C.add("id", SQLDataType.UUID);
        static final Field<String> CHANNEL = C.add("channel", TEXT);
        static final Field<String> SUBJECT = C.add("subject", TEXT);
        static final Field<String> PARTICIPANT_ADDRESS = C.add("participant_address", TEXT);
        static final Field<String> PARTICIPANT_NAME = C.add("participant_name", TEXT);
        static final Field<UUID> CONTACT_ID = C.add("contact_id", SQLDataType.UUID);
        static final Field<String> EXTERNAL_THREAD_ID = C.add("external_thread_id", TEXT);
        static final Field<String> STATUS = C.add("status", TEXT);
        static final Field<UUID> ASSIGNED_TO = C.add("assigned_to", SQLDataType.UUID);
        static final Field<Boolean> UNREAD = C.add("unread", SQLDataType.BOOLEAN);
        static final Field<Instant> LAST_MESSAGE_AT = C.add("last_message_at", SQLDataType.INSTANT);
        static final Field<String> PREVIEW = C.add("preview", TEXT);
        static final Field<Instant> CREATED_AT = C.add("created_at", SQLDataType.INSTANT);
        static final Field<Instant> UPDATED_AT = C.add("updated_at", SQLDataType.INSTANT);
        static final Field<Long> VERSION = C.add("version", SQLDataType.BIGINT);
        static final List<Field<?>> ALL = C.all();

        private Conversations() {
        }
    }

    /** {@code messages}: inbound and outbound messages; outbound rows are the email outbox (V6). */
    static final class Messages {
        private static final Columns C = new Columns("messages");
        static final Table<Record> TABLE = C.table();
        static final Field<UUID> TENANT_ID = C.add("tenant_id", SQLDataType.UUID);
        static final Field<UUID> ID = C.add("id", SQLDataType.UUID);
        static final Field<UUID> CONVERSATION_ID = C.add("conversation_id", SQLDataType.UUID);
        static final Field<String> DIRECTION = C.add("direction", TEXT);
        static final Field<String> FROM_ADDRESS = C.add("from_address", TEXT);
        static final Field<String> FROM_NAME = C.add("from_name", TEXT);
        static final Field<JSONB> TO_ADDRESSES = C.add("to_addresses", SQLDataType.JSONB);
        static final Field<JSONB> CC_ADDRESSES = C.add("cc_addresses", SQLDataType.JSONB);
        static final Field<String> SUBJECT = C.add("subject", TEXT);
        static final Field<String> BODY_TEXT = C.add("body_text", TEXT);
        static final Field<String> BODY_HTML = C.add("body_html", TEXT);
        static final Field<String> INTERNET_MESSAGE_ID = C.add("internet_message_id", TEXT);
        static final Field<String> IN_REPLY_TO = C.add("in_reply_to", TEXT);
        static final Field<String[]> REFERENCE_IDS = C.add("reference_ids", TEXT.array());
        static final Field<Integer> ATTACHMENT_COUNT = C.add("attachment_count", SQLDataType.INTEGER);
        static final Field<String> DOCUMENT_KIND = C.add("document_kind", TEXT);
        static final Field<UUID> DOCUMENT_ID = C.add("document_id", SQLDataType.UUID);
        static final Field<String> PURPOSE = C.add("purpose", TEXT);
        static final Field<String> STATUS = C.add("status", TEXT);
        static final Field<String> FAILURE_REASON = C.add("failure_reason", TEXT);
        static final Field<Instant> SENT_AT = C.add("sent_at", SQLDataType.INSTANT);
        static final Field<UUID> CREATED_BY = C.add("created_by", SQLDataType.UUID);
        static final Field<Instant> CREATED_AT = C.add("created_at", SQLDataType.INSTANT);
        static final Field<Instant> UPDATED_AT = C.add("updated_at", SQLDataType.INSTANT);
        static final Field<Long> VERSION = C.add("version", SQLDataType.BIGINT);
        static final Field<String> AI_PARSED_STATUS = C.add("ai_parsed_status", TEXT);
        static final List<Field<?>> ALL = C.all();

        private Messages() {
        }
    }

    /** {@code files}: metadata of stored files (V6). */
    static final class Files {
        private static final Columns C = new Columns("files");
        static final Table<Record> TABLE = C.table();
        static final Field<UUID> TENANT_ID = C.add("tenant_id", SQLDataType.UUID);
        static final Field<UUID> ID = C.add("id", SQLDataType.UUID);
        static final Field<String> STORAGE_PROVIDER = C.add("storage_provider", TEXT);
        static final Field<String> BUCKET = C.add("bucket", TEXT);
        static final Field<String> OBJECT_KEY = C.add("object_key", TEXT);
        static final Field<String> FILE_NAME = C.add("file_name", TEXT);
        static final Field<String> MIME_TYPE = C.add("mime_type", TEXT);
        static final Field<Long> SIZE_BYTES = C.add("size_bytes", SQLDataType.BIGINT);
        static final Field<String> CHECKSUM_SHA256 = C.add("checksum_sha256", TEXT);
        static final Field<String> LINKED_ENTITY_TYPE = C.add("linked_entity_type", TEXT);
        static final Field<UUID> LINKED_ENTITY_ID = C.add("linked_entity_id", SQLDataType.UUID);
        static final Field<UUID> UPLOADED_BY = C.add("uploaded_by", SQLDataType.UUID);
        static final Field<Instant> CREATED_AT = C.add("created_at", SQLDataType.INSTANT);
        static final List<Field<?>> ALL = C.all();

        private Files() {
        }
    }

    /** {@code templates}: message and document templates (V6). */
    static final class Templates {
        private static final Columns C = new Columns("templates");
        static final Table<Record> TABLE = C.table();
        static final Field<UUID> TENANT_ID = C.add("tenant_id", SQLDataType.UUID);
        static final Field<UUID> ID = C.add("id", SQLDataType.UUID);
        static final Field<String> TYPE = C.add("type", TEXT);
        static final Field<String> PURPOSE = C.add("purpose", TEXT);
        static final Field<String> NAME = C.add("name", TEXT);
        static final Field<String> SUBJECT = C.add("subject", TEXT);
        static final Field<String> CONTENT = C.add("content", TEXT);
        static final Field<Boolean> IS_DEFAULT = C.add("is_default", SQLDataType.BOOLEAN);
        static final Field<String[]> PROFILE_SCOPES = C.add("profile_scopes", TEXT.array());
        static final Field<Instant> CREATED_AT = C.add("created_at", SQLDataType.INSTANT);
        static final Field<Instant> UPDATED_AT = C.add("updated_at", SQLDataType.INSTANT);
        static final Field<Long> VERSION = C.add("version", SQLDataType.BIGINT);
        static final List<Field<?>> ALL = C.all();

        private Templates() {
        }
    }

    /** {@code email_settings}: a tenant's sender, branding and custom SMTP (password sealed) (V6). */
    static final class EmailSettingsRows {
        private static final Columns C = new Columns("email_settings");
        static final Table<Record> TABLE = C.table();
        static final Field<UUID> TENANT_ID = C.add("tenant_id", SQLDataType.UUID);
        static final Field<String> FROM_NAME = C.add("from_name", TEXT);
        static final Field<String> REPLY_TO_ADDRESS = C.add("reply_to_address", TEXT);
        static final Field<String> REPLY_TO_NAME = C.add("reply_to_name", TEXT);
        static final Field<String> BRAND_COLOR = C.add("brand_color", TEXT);
        static final Field<String> SIGNATURE = C.add("signature", TEXT);
        static final Field<String> SMTP_HOST = C.add("smtp_host", TEXT);
        static final Field<Integer> SMTP_PORT = C.add("smtp_port", SQLDataType.INTEGER);
        static final Field<String> SMTP_SECURITY = C.add("smtp_security", TEXT);
        static final Field<String> SMTP_USERNAME = C.add("smtp_username", TEXT);
        static final Field<String> SMTP_PASSWORD_SEALED = C.add("smtp_password_sealed", TEXT);
        static final Field<String> SMTP_FROM_ADDRESS = C.add("smtp_from_address", TEXT);
        static final Field<String> SMTP_FROM_NAME = C.add("smtp_from_name", TEXT);
        static final Field<Instant> UPDATED_AT = C.add("updated_at", SQLDataType.INSTANT);
        static final Field<Long> VERSION = C.add("version", SQLDataType.BIGINT);
        static final List<Field<?>> ALL = C.all();

        private EmailSettingsRows() {
        }
    }

    /** {@code expenses}: captured expenses and their review status (V8). */
    static final class Expenses {
        private static final Columns C = new Columns("expenses");
        static final Table<Record> TABLE = C.table();
        static final Field<UUID> TENANT_ID = C.add("tenant_id", SQLDataType.UUID);
        static final Field<UUID> ID = C.add("id", SQLDataType.UUID);
        static final Field<String> STATUS = C.add("status", TEXT);
        static final Field<String> SOURCE = C.add("source", TEXT);
        static final Field<String> VENDOR = C.add("vendor", TEXT);
        static final Field<UUID> VENDOR_CONTACT_ID = C.add("vendor_contact_id", SQLDataType.UUID);
        static final Field<LocalDate> EXPENSE_DATE = C.add("expense_date", SQLDataType.LOCALDATE);
        static final Field<BigDecimal> AMOUNT = C.add("amount", MONEY);
        static final Field<String> CURRENCY = C.add("currency", TEXT);
        static final Field<BigDecimal> TAX_TOTAL = C.add("tax_total", MONEY);
        static final Field<String> CATEGORY = C.add("category", TEXT);
        static final Field<String> NOTES = C.add("notes", TEXT);
        static final Field<UUID> RECEIPT_FILE_ID = C.add("receipt_file_id", SQLDataType.UUID);
        static final Field<BigDecimal> AI_CONFIDENCE = C.add("ai_confidence", SQLDataType.NUMERIC);
        static final Field<String> REJECTION_REASON = C.add("rejection_reason", TEXT);
        static final Field<UUID> CREATED_BY = C.add("created_by", SQLDataType.UUID);
        static final Field<Instant> CREATED_AT = C.add("created_at", SQLDataType.INSTANT);
        static final Field<Instant> UPDATED_AT = C.add("updated_at", SQLDataType.INSTANT);
        static final Field<Long> VERSION = C.add("version", SQLDataType.BIGINT);
        static final List<Field<?>> ALL = C.all();

        private Expenses() {
        }
    }

    /** {@code document_sequences}: the last number handed out per tenant and document kind. */
    static final class DocumentSequences {
        private static final Columns C = new Columns("document_sequences");
        static final Table<Record> TABLE = C.table();
        static final Field<UUID> TENANT_ID = C.add("tenant_id", SQLDataType.UUID);
        static final Field<String> KIND = C.add("kind", TEXT);
        static final Field<Long> LAST_VALUE = C.add("last_value", SQLDataType.BIGINT);
        static final List<Field<?>> ALL = C.all();

        private DocumentSequences() {
        }
    }

    /** {@code audit_log}: append-only audit trail (named for its rows, so it does not clash with the port). */
    static final class AuditEntries {
        private static final Columns C = new Columns("audit_log");
        static final Table<Record> TABLE = C.table();
        static final Field<UUID> TENANT_ID = C.add("tenant_id", SQLDataType.UUID);
        static final Field<UUID> ID = C.add("id", SQLDataType.UUID);
        static final Field<UUID> ACTOR_USER_ID = C.add("actor_user_id", SQLDataType.UUID);
        static final Field<String> ACTION = C.add("action", TEXT);
        static final Field<String> ENTITY_TYPE = C.add("entity_type", TEXT);
        static final Field<UUID> ENTITY_ID = C.add("entity_id", SQLDataType.UUID);
        static final Field<JSONB> BEFORE = C.add("before", SQLDataType.JSONB);
        static final Field<JSONB> AFTER = C.add("after", SQLDataType.JSONB);
        static final Field<String> REQUEST_ID = C.add("request_id", TEXT);
        static final Field<Instant> CREATED_AT = C.add("created_at", SQLDataType.INSTANT);
        static final List<Field<?>> ALL = C.all();

        private AuditEntries() {
        }
    }

    /** {@code idempotency_keys}: claimed client idempotency keys and their results. */
    static final class IdempotencyKeys {
        private static final Columns C = new Columns("idempotency_keys");
        static final Table<Record> TABLE = C.table();
        static final Field<UUID> TENANT_ID = C.add("tenant_id", SQLDataType.UUID);
        static final Field<String> OPERATION = C.add("operation", TEXT);
        static final Field<String> KEY = C.add("key", TEXT);
        static final Field<String> FINGERPRINT = C.add("fingerprint", TEXT);
        static final Field<String> RESULT = C.add("result", TEXT);
        static final Field<Instant> CREATED_AT = C.add("created_at", SQLDataType.INSTANT);
        static final List<Field<?>> ALL = C.all();

        private IdempotencyKeys() {
        }
    }

    /** {@code ai_drafts}: Text-to-Task drafts awaiting QC (V7). */
    static final class AiDrafts {
        private static final Columns C = new Columns("ai_drafts");
        static final Table<Record> TABLE = C.table();
        static final Field<UUID> TENANT_ID = C.add("tenant_id", SQLDataType.UUID);
        static final Field<UUID> ID = C.add("id", SQLDataType.UUID);
        static final Field<String> SOURCE_TYPE = C.add("source_type", TEXT);
        static final Field<UUID> SOURCE_ID = C.add("source_id", SQLDataType.UUID);
        static final Field<String> SOURCE_TEXT = C.add("source_text", TEXT);
        static final Field<String> INTENT = C.add("intent", TEXT);
        static final Field<JSONB> PAYLOAD = C.add("payload", SQLDataType.JSONB);
        static final Field<BigDecimal> CONFIDENCE = C.add("confidence", SQLDataType.NUMERIC);
        static final Field<String> EXTRACTOR = C.add("extractor", TEXT);
        static final Field<String> STATUS = C.add("status", TEXT);
        static final Field<UUID> REVIEWED_BY = C.add("reviewed_by", SQLDataType.UUID);
        static final Field<String> REVIEW_NOTES = C.add("review_notes", TEXT);
        static final Field<String> TARGET_TYPE = C.add("target_type", TEXT);
        static final Field<UUID> TARGET_ID = C.add("target_id", SQLDataType.UUID);
        static final Field<Boolean> EDITED = C.add("edited", SQLDataType.BOOLEAN);
        static final Field<UUID> CREATED_BY = C.add("created_by", SQLDataType.UUID);
        static final Field<Instant> CREATED_AT = C.add("created_at", SQLDataType.INSTANT);
        static final Field<Instant> UPDATED_AT = C.add("updated_at", SQLDataType.INSTANT);
        static final Field<Long> VERSION = C.add("version", SQLDataType.BIGINT);
        static final List<Field<?>> ALL = C.all();

        private AiDrafts() {
        }
    }

    /** {@code ai_settings}: one row of AI settings per tenant (V7). */
    static final class AiSettingsRows {
        private static final Columns C = new Columns("ai_settings");
        static final Table<Record> TABLE = C.table();
        static final Field<UUID> TENANT_ID = C.add("tenant_id", SQLDataType.UUID);
        static final Field<Boolean> REDACTION_ENABLED = C.add("redaction_enabled", SQLDataType.BOOLEAN);
        static final Field<JSONB> CUSTOM_PATTERNS = C.add("custom_patterns", SQLDataType.JSONB);
        static final Field<Boolean> AUTO_APPLY_ENABLED = C.add("auto_apply_enabled", SQLDataType.BOOLEAN);
        static final Field<BigDecimal> AUTO_APPLY_THRESHOLD = C.add("auto_apply_threshold", SQLDataType.NUMERIC);
        static final Field<Boolean> DIGEST_ENABLED = C.add("digest_enabled", SQLDataType.BOOLEAN);
        static final Field<String> PLAN = C.add("plan", TEXT);
        static final Field<Instant> UPDATED_AT = C.add("updated_at", SQLDataType.INSTANT);
        static final Field<Long> VERSION = C.add("version", SQLDataType.BIGINT);
        static final List<Field<?>> ALL = C.all();

        private AiSettingsRows() {
        }
    }

    /** {@code sop_rules}: one SOP ruleset per tenant, stored whole as a jsonb array (V7). */
    static final class SopRules {
        private static final Columns C = new Columns("sop_rules");
        static final Table<Record> TABLE = C.table();
        static final Field<UUID> TENANT_ID = C.add("tenant_id", SQLDataType.UUID);
        static final Field<JSONB> RULES = C.add("rules", SQLDataType.JSONB);
        static final Field<Instant> UPDATED_AT = C.add("updated_at", SQLDataType.INSTANT);
        static final Field<Long> VERSION = C.add("version", SQLDataType.BIGINT);
        static final List<Field<?>> ALL = C.all();

        private SopRules() {
        }
    }

    /** {@code ai_digests}: one CEO digest per tenant and tenant-local day (V7). */
    static final class AiDigests {
        private static final Columns C = new Columns("ai_digests");
        static final Table<Record> TABLE = C.table();
        static final Field<UUID> TENANT_ID = C.add("tenant_id", SQLDataType.UUID);
        static final Field<LocalDate> DAY = C.add("day", SQLDataType.LOCALDATE);
        static final Field<JSONB> FIGURES = C.add("figures", SQLDataType.JSONB);
        static final Field<JSONB> INSIGHTS = C.add("insights", SQLDataType.JSONB);
        static final Field<String> INSIGHTS_STATUS = C.add("insights_status", TEXT);
        static final Field<String> MODEL = C.add("model", TEXT);
        static final Field<Instant> CREATED_AT = C.add("created_at", SQLDataType.INSTANT);
        static final Field<Instant> EMAILED_AT = C.add("emailed_at", SQLDataType.INSTANT);
        static final List<Field<?>> ALL = C.all();

        private AiDigests() {
        }
    }

    /** {@code ai_usage}: the AI usage ledger, one row per model call (V7). */
    static final class AiUsage {
        private static final Columns C = new Columns("ai_usage");
        static final Table<Record> TABLE = C.table();
        static final Field<UUID> TENANT_ID = C.add("tenant_id", SQLDataType.UUID);
        static final Field<UUID> ID = C.add("id", SQLDataType.UUID);
        static final Field<UUID> USER_ID = C.add("user_id", SQLDataType.UUID);
        static final Field<String> FEATURE = C.add("feature", TEXT);
        static final Field<String> MODEL = C.add("model", TEXT);
        static final Field<Long> INPUT_TOKENS = C.add("input_tokens", SQLDataType.BIGINT);
        static final Field<Long> OUTPUT_TOKENS = C.add("output_tokens", SQLDataType.BIGINT);
        static final Field<BigDecimal> COST_USD = C.add("cost_usd", SQLDataType.NUMERIC);
        static final Field<Instant> CREATED_AT = C.add("created_at", SQLDataType.INSTANT);
        static final List<Field<?>> ALL = C.all();

        private AiUsage() {
        }
    }
}
