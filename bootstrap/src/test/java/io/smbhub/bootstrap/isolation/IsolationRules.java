package io.smbhub.bootstrap.isolation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The isolation suite's rules: which of tenant B's ids fill which path variable, query filter and body field.
 * The suite derives one isolation case per route from these tables; a route, path variable or query
 * parameter they do not classify fails the suite with a message pointing here, so whoever adds a route also
 * decides how it is attacked.
 *
 * <p>Add a rule, never a per-route test: a new resource under {@code /v1/<segment>/{id}} needs one line in
 * {@link #PATH_SEGMENTS}; a new filter one line in {@link #QUERY_PARAMETERS} (or {@link #NEUTRAL_QUERY_PARAMETERS});
 * a new collection or singleton write whose body the generic one does not satisfy one entry in {@link #BODY_FIELDS}
 * (or {@link #EXACT_BODIES} when unknown keys are refused); a new kind of object a fixture in
 * {@code Tenants.populate} (tenant B's) and {@code Tenants.fresh} (tenant A's own, for the control request).
 */
final class IsolationRules {

    /** Where to add a missing rule (quoted in failure messages). */
    static final String WHERE = "bootstrap/src/test/java/io/smbhub/bootstrap/isolation/IsolationRules.java";

    private IsolationRules() {
    }

    /** Routes under /v1 that need no token (checked by the auth filter, not by tenant): not isolation cases. */
    static final Map<String, String> PUBLIC_ROUTES = Map.of(
            "POST /v1/auth/signup", "public: creates a new tenant, reads none",
            "POST /v1/auth/login", "public: answers the caller's own memberships only",
            "POST /v1/invitations/accept", "public: the one-time invitation token is the credential (B's tokens are"
                    + " among the secrets every answer is scanned for)",
            "POST /v1/webhooks/stripe", "public: Stripe's signature is the credential; the tenant comes from the signed"
                    + " event's metadata (WebhookIdempotencySuiteOnPostgresTest)",
            "POST /v1/inbound/email", "public: the deployment's INBOUND_EMAIL_SECRET is the credential; the tenant comes"
                    + " from the recipient address (its own inbound address), and the answer names no tenant");

    /**
     * Routes of the operator's staff (platform admins configured by the operator), which read or change any tenant by
     * design: not tenant-isolation cases, but each is attacked by tenant A's owner — who is no platform admin — with
     * B's tenant id in the path, and must answer 403 FORBIDDEN revealing nothing of B's and changing none of B's rows.
     * HEAD follows its GET.
     */
    static final Map<String, String> PLATFORM_ROUTES = Map.of(
            "GET /v1/admin/ai-usage", "platform admins: every tenant's AI cost vs revenue (AiUsageAdminUseCase)",
            "PUT /v1/admin/tenants/{id}/plan", "platform admins: a tenant's plan and AI budget (AiUsageAdminUseCase)");

    /**
     * The client portal (outside /v1, no bearer token): its secret link is the credential and no tenant is chosen by
     * the caller, so the token-isolation cases live in {@code bootstrap/.../portal/PortalSecuritySuiteOnPostgresTest}
     * (a link cannot reach another document or tenant, revoked links fail, guessing is throttled, no ids leak).
     */
    static final Map<String, String> PORTAL_ROUTES = Map.of(
            "GET /portal/invoices/{token}", "client portal: the link opens its one invoice (PortalSecuritySuite)",
            "GET /portal/invoices/{token}/pdf", "client portal: the link's invoice as a file (PortalSecuritySuite)",
            "POST /portal/invoices/{token}/pay", "client portal: checkout for the link's invoice (PortalSecuritySuite)",
            "GET /portal/quotes/{token}", "client portal: the link opens its one quote (PortalSecuritySuite)",
            "GET /portal/quotes/{token}/pdf", "client portal: the link's quote as a file (PortalSecuritySuite)",
            "POST /portal/quotes/{token}/approve", "client portal: the customer approves the link's quote (PortalSecuritySuite)",
            "POST /portal/quotes/{token}/reject", "client portal: the customer declines the link's quote (PortalSecuritySuite)",
            "GET /portal/payment-complete", "client portal: a static thank-you page, no tenant data");

    /**
     * Routes outside /v1, explicitly out of scope: they serve no tenant data (A's token reads each GET once and
     * the answer is scanned for B's data). HEAD follows its GET. A route outside /v1 missing here fails the
     * suite (a portal route, for example, needs its own token-isolation case).
     */
    static final Map<String, String> OUT_OF_SCOPE = withPortalRoutes(Map.of(
            "GET /openapi.yml", "the static OpenAPI document",
            "GET /health", "liveness: no tenant data",
            "GET /health/{selector}", "liveness detail: no tenant data",
            "GET /beans", "Micronaut management endpoint (sensitive): no tenant data",
            "GET /info", "Micronaut management endpoint: no tenant data",
            "GET /routes", "Micronaut management endpoint (sensitive): the route table, no tenant data",
            "GET /threaddump", "Micronaut management endpoint (sensitive): no tenant data",
            "POST /refresh", "Micronaut management endpoint (sensitive): reloads configuration, no tenant data"));

    private static Map<String, String> withPortalRoutes(Map<String, String> routes) {
        Map<String, String> all = new LinkedHashMap<>(routes);
        all.putAll(PORTAL_ROUTES);
        return Map.copyOf(all);
    }

    /** The literal path segment before a path variable → the kind of B's id to put there. */
    static final Map<String, Kind> PATH_SEGMENTS = Map.ofEntries(
            Map.entry("contacts", Kind.CONTACT),
            Map.entry("work-items", Kind.WORK_ITEM),
            Map.entry("quotes", Kind.QUOTE),
            Map.entry("invoices", Kind.INVOICE),
            Map.entry("payments", Kind.PAYMENT),
            Map.entry("members", Kind.USER),
            Map.entry("invitations", Kind.INVITATION),
            Map.entry("audit-logs", Kind.AUDIT_ENTRY),
            Map.entry("conversations", Kind.CONVERSATION),
            Map.entry("messages", Kind.MESSAGE),
            Map.entry("files", Kind.FILE),
            Map.entry("templates", Kind.TEMPLATE),
            Map.entry("jobs", Kind.JOB),
            Map.entry("expenses", Kind.EXPENSE),
            Map.entry("ai-drafts", Kind.AI_DRAFT),
            Map.entry("drafts", Kind.AI_DRAFT));

    /** Path variable names that say their kind whatever segment precedes them. */
    static final Map<String, Kind> PATH_VARIABLES = Map.of(
            "contact_id", Kind.CONTACT, "contactId", Kind.CONTACT,
            "user_id", Kind.USER, "userId", Kind.USER,
            "invitation_id", Kind.INVITATION, "invitationId", Kind.INVITATION,
            "entity_id", Kind.ANY, "entityId", Kind.ANY);

    /** Query filters that name an object → the kind of B's id to filter by (expected: nothing of B's). */
    static final Map<String, Kind> QUERY_PARAMETERS = Map.ofEntries(
            Map.entry("contact_id", Kind.CONTACT),
            Map.entry("work_item_id", Kind.WORK_ITEM),
            Map.entry("quote_id", Kind.QUOTE),
            Map.entry("invoice_id", Kind.INVOICE),
            Map.entry("payment_id", Kind.PAYMENT),
            Map.entry("assigned_to", Kind.USER),
            Map.entry("user_id", Kind.USER),
            Map.entry("actor", Kind.USER),
            Map.entry("actor_id", Kind.USER),
            Map.entry("actor_user_id", Kind.USER),
            Map.entry("entity_id", Kind.ANY),
            Map.entry("invitation_id", Kind.INVITATION));

    /** Free-text search parameters: searched for B's marker strings (expected: nothing of B's). */
    static final Set<String> SEARCH_PARAMETERS = Set.of("q", "search", "email");

    /** Keyset cursor parameters: A sends a cursor B received for the same route (expected: nothing of B's). */
    static final Set<String> CURSOR_PARAMETERS = Set.of("cursor");

    /** Query parameters that name no object and so cannot reach another tenant's data. */
    static final Set<String> NEUTRAL_QUERY_PARAMETERS = Set.of("status", "type", "limit", "priority", "from", "to",
            "since", "until", "entity_type", "action", "month", "sort", "order", "role", "selector", "channel",
            "unassigned", "unread", "purpose", "intent", "date");

    /**
     * Body fields that reference an object → its kind. Collection and singleton writes are sent once with A's
     * own objects there (the control, which must succeed), then once per B id with one field pointing at B.
     */
    static final Map<String, Kind> REFERENCE_FIELDS = new LinkedHashMap<>(Map.of(
            "contact_id", Kind.CONTACT,
            "work_item_id", Kind.WORK_ITEM,
            "quote_id", Kind.QUOTE,
            "invoice_id", Kind.INVOICE,
            "payment_id", Kind.PAYMENT,
            "assigned_to", Kind.USER,
            "assignee_id", Kind.USER,
            "user_id", Kind.USER,
            "entity_id", Kind.ANY));

    static {
        REFERENCE_FIELDS.put("vendor_contact_id", Kind.CONTACT);
        REFERENCE_FIELDS.put("receipt_file_id", Kind.FILE);
    }

    static {
        REFERENCE_FIELDS.put("file_id", Kind.FILE);
    }

    /** Body fields that carry text B owns (its contacts' names and emails): a duplicate check must not see B's. */
    static final Set<String> MARKER_FIELDS = Set.of("display_name", "email");

    /**
     * Extra body fields per write route template (collection POSTs and singleton PATCH/PUT), merged over the
     * generic body so that the control request by A succeeds.
     */
    static final Map<String, Map<String, Object>> BODY_FIELDS = Map.of(
            "POST /v1/contacts", Map.of("type", "CUSTOMER"),
            "POST /v1/work-items", Map.of("type", "REQUEST", "priority", "NORMAL"),
            "POST /v1/expenses", Map.of("expense_date", "2026-01-05"),
            "POST /v1/conversations", Map.of("subject", "tenant-a-probe subject", "body", "tenant-a-probe body"),
            "POST /v1/ai/drafts", Map.of("text", "tenant-a-probe: please quote 2 hours of work at 40 USD"),
            "POST /v1/templates", Map.of("type", "MESSAGE", "name", "tenant-a-probe template",
                    "subject", "tenant-a-probe subject", "content", "Hello {{contact_name}}"));

    /**
     * Write routes whose body is a fixed document (unknown keys refused), sent as is by A; B's rows must not
     * change (for a singleton such as the tenant's profile overrides, A changes only its own).
     */
    static final Map<String, Map<String, Object>> EXACT_BODIES = Map.of(
            "PATCH /v1/profile", Map.of("profile_id", "general"),
            "PATCH /v1/profile/tenant-overrides", Map.of("labels", Map.of("contact_customer", "Tenant A client")),
            "PUT /v1/settings/payments/stripe", Map.of("connected_account_id", "acct_TenantA0001"),
            "PUT /v1/settings/email", Map.of("from_name", "Tenant A Billing", "reply_to", "office@a.test"),
            "PATCH /v1/settings/ai", Map.of("digest_enabled", true, "auto_apply_threshold", "0.95"),
            "PUT /v1/settings/sop-rules", Map.of("rules", List.of(Map.of("code", "vat_11", "type", "VAT_RATE", "value", 11))));
}
