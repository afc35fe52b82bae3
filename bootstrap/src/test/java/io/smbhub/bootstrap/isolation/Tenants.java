package io.smbhub.bootstrap.isolation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the suite's tenants through the public API only: sign-up, login, then data. Tenant B gets a full
 * data set whose texts are unique marker strings; tenant A (the attacker) gets a few objects of its own for the
 * control requests, and fresh ones on demand.
 */
final class Tenants {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** The deployment's inbound email secret the suite's server runs with ({@code smbhub.inbound.secret}). */
    static final String INBOUND_SECRET = "isolation-suite-inbound-secret-0123456789";

    private Tenants() {
    }

    /** Signs a business up (POST /v1/auth/signup), logs its owner in (POST /v1/auth/login). */
    @SuppressWarnings("unchecked")
    static Tenant signUp(Http anonymous, String name, String businessName, String email) {
        Map<String, Object> signup = anonymous.expectOk(new Http.Request("POST", "/v1/auth/signup", anonymous.write(Map.of(
                "business_name", businessName, "profile_id", "general", "email", email,
                "password", "correct horse battery", "timezone", "UTC", "currency", "USD")))).data();
        Http.Reply login = anonymous.expectOk(new Http.Request("POST", "/v1/auth/login", anonymous.write(Map.of(
                "email", email, "password", "correct horse battery"))));
        String token = (String) login.data().get("access_token");
        return new Tenant(name, anonymous.as(token), (String) signup.get("tenant_id"), (String) signup.get("user_id"), email);
    }

    /**
     * Gives tenant B contacts (one deleted, one imported), work items (one converted to a quote, one to an
     * invoice), quotes DRAFT/SENT/APPROVED→invoice/REJECTED, invoices DRAFT/SENT/PARTIALLY_PAID/PAID/VOID and
     * payments; every creating or triggering POST carries an {@code Idempotency-Key}.
     */
    static void populate(Tenant b, String run, Set<String> routeKeys) {
        Http api = b.api;
        b.marker(b.email);
        b.markerEmails.add(b.email);
        b.add(Kind.USER, b.userId, "owner user", null, null);

        String ann = contact(b, run, "ann", "CUSTOMER");
        String lead = contact(b, run, "lead", "LEAD");
        String gone = contact(b, run, "gone", "CUSTOMER");
        send(b, "DELETE /v1/contacts/{id}", new Http.Request("DELETE", "/v1/contacts/" + gone, null), false);

        String imported = b.marker("zz-tenant-b-imported-" + run);
        String importedEmail = b.marker("zz-tenant-b-imported-" + run + "@b.test");
        b.markerNames.add(imported);
        b.markerEmails.add(importedEmail);
        send(b, "POST /v1/contacts/import", new Http.Request("POST", "/v1/contacts/import",
                "display_name,email,notes\n" + imported + "," + importedEmail + "," + b.marker("zz-tenant-b-csv-note-" + run) + "\n",
                "text/csv", null), true);
        for (Object c : api.get("/v1/contacts?q=" + imported).list()) {
            String id = (String) ((Map<?, ?>) c).get("id");
            b.add(Kind.CONTACT, id, "imported contact", "/v1/contacts/" + id, null);
        }

        String job = workItem(b, run, "job", Map.of("contact_id", ann, "assigned_to", b.userId));
        String quoteJob = workItem(b, run, "quote-job", Map.of("contact_id", lead));
        String invoiceJob = workItem(b, run, "invoice-job", Map.of("contact_id", ann));
        String draftQuote = (String) send(b, "POST /v1/work-items/{id}/convert", post("/v1/work-items/" + quoteJob + "/convert",
                api, Map.of("target", "QUOTE")), true).data().get("quote_id");
        send(b, "PATCH /v1/quotes/{id}", new Http.Request("PATCH", "/v1/quotes/" + draftQuote,
                api.write(Map.of("line_items", List.of(line(b, run, "quote-job-line", "75.00"))))), false);
        b.add(Kind.QUOTE, draftQuote, "DRAFT quote converted from a work item", "/v1/quotes/" + draftQuote, null);
        String draftInvoice = (String) send(b, "POST /v1/work-items/{id}/convert", post("/v1/work-items/" + invoiceJob + "/convert",
                api, Map.of("target", "INVOICE")), true).data().get("invoice_id");
        b.add(Kind.INVOICE, draftInvoice, "DRAFT invoice converted from a work item", "/v1/invoices/" + draftInvoice, null);

        String sentQuote = quote(b, run, "sent", ann);
        sendDocument(b, "quotes", sentQuote);
        b.add(Kind.QUOTE, sentQuote, "SENT quote", "/v1/quotes/" + sentQuote, null);
        String approvedQuote = quote(b, run, "approved", ann);
        sendDocument(b, "quotes", approvedQuote);
        send(b, "POST /v1/quotes/{id}/approve", post("/v1/quotes/" + approvedQuote + "/approve", api, Map.of()), true);
        String fromQuote = (String) send(b, "POST /v1/quotes/{id}/convert-to-invoice",
                post("/v1/quotes/" + approvedQuote + "/convert-to-invoice", api, Map.of()), true).data().get("invoice_id");
        b.add(Kind.QUOTE, approvedQuote, "APPROVED quote converted to an invoice", "/v1/quotes/" + approvedQuote, null);
        b.add(Kind.INVOICE, fromQuote, "DRAFT invoice converted from a quote", "/v1/invoices/" + fromQuote, null);
        String rejectedQuote = quote(b, run, "rejected", ann);
        sendDocument(b, "quotes", rejectedQuote);
        send(b, "POST /v1/quotes/{id}/reject", post("/v1/quotes/" + rejectedQuote + "/reject", api,
                Map.of("reason", b.marker("zz-tenant-b-reject-reason-" + run))), true);
        b.add(Kind.QUOTE, rejectedQuote, "REJECTED quote", "/v1/quotes/" + rejectedQuote, null);

        String sent = invoice(b, run, "sent", ann, "200.00");
        sendDocument(b, "invoices", sent);
        b.add(Kind.INVOICE, sent, "SENT invoice", "/v1/invoices/" + sent, null);
        String partial = invoice(b, run, "partial", ann, "300.00");
        sendDocument(b, "invoices", partial);
        payment(b, run, "partial", partial, "100.00");
        b.add(Kind.INVOICE, partial, "PARTIALLY_PAID invoice", "/v1/invoices/" + partial, null);
        String paid = invoice(b, run, "paid", lead, "50.00");
        sendDocument(b, "invoices", paid);
        payment(b, run, "full", paid, "50.00");
        b.add(Kind.INVOICE, paid, "PAID invoice", "/v1/invoices/" + paid, null);
        String voided = invoice(b, run, "void", ann, "80.00");
        send(b, "POST /v1/invoices/{id}/void", post("/v1/invoices/" + voided + "/void", api,
                Map.of("reason", b.marker("zz-tenant-b-void-reason-" + run))), true);
        b.add(Kind.INVOICE, voided, "VOID invoice", "/v1/invoices/" + voided, null);

        b.add(Kind.WORK_ITEM, job, "NEW work item assigned to B's owner", "/v1/work-items/" + job, null);
        b.add(Kind.WORK_ITEM, quoteJob, "work item converted to a quote", "/v1/work-items/" + quoteJob, null);
        b.add(Kind.WORK_ITEM, invoiceJob, "work item converted to an invoice", "/v1/work-items/" + invoiceJob, null);
        b.add(Kind.CONTACT, gone, "deleted contact", null, null);
        if (routeKeys.contains("PATCH /v1/profile/tenant-overrides")) {
            Http.Reply overridden = api.send(new Http.Request("PATCH", "/v1/profile/tenant-overrides",
                    api.write(Map.of("labels", Map.of("contact_customer", b.marker("zz-tenant-b-client-label-" + run))))));
            if (!overridden.ok()) {
                System.err.println("tenant B has no profile override (the route's own case will show why): " + overridden);
            }
        }
        if (routeKeys.contains("GET /v1/audit-logs")) {
            for (Object entry : api.get("/v1/audit-logs?limit=3").list()) {
                Map<?, ?> e = (Map<?, ?>) entry;
                b.add(Kind.AUDIT_ENTRY, (String) e.get("id"), "audit entry " + e.get("action"), null, null);
            }
        }
        if (routeKeys.contains("POST /v1/conversations")) {
            inbox(b, run, ann);
        }
        if (routeKeys.contains("POST /v1/inbound/email")) {
            String sender = b.marker("zz-tenant-b-sender-" + run + "@b.test");
            b.markerEmails.add(sender);
            Map<String, Object> message = received(b, sender, b.marker("zz-tenant-b-inbound-subject-" + run),
                    b.marker("zz-tenant-b-attachment-" + run));
            String conversation = (String) message.get("conversation_id");
            b.add(Kind.CONVERSATION, conversation, "conversation with an unknown sender", "/v1/conversations/" + conversation, null);
            b.add(Kind.MESSAGE, (String) message.get("id"), "inbound message", null, null);
            b.add(Kind.FILE, attachment(message), "inbound attachment", null, null);
        }
        if (routeKeys.contains("POST /v1/templates")) {
            String template = send(b, "POST /v1/templates", post("/v1/templates", api, Map.of("type", "INVOICE",
                    "purpose", "ar_reminder_1", "is_default", true, "name", b.marker("zz-tenant-b-template-" + run),
                    "subject", b.marker("zz-tenant-b-template-subject-" + run) + " {{invoice_number}}",
                    "content", b.marker("zz-tenant-b-template-content-" + run) + " {{portal_url}}")), true).id();
            b.add(Kind.TEMPLATE, template, "default reminder template", "/v1/templates/" + template, null);
        }
        if (routeKeys.contains("POST /v1/invoices/{id}/remind")) {
            String sendJob = (String) send(b, "POST /v1/invoices/{id}/remind", post("/v1/invoices/" + sent + "/remind", api,
                    Map.of()), true).data().get("job_id");
            b.add(Kind.JOB, sendJob, "reminder send job", null, null);
        }
        if (routeKeys.contains("POST /v1/expenses")) {
            expenses(b, run, ann);
        }
        if (routeKeys.contains("POST /v1/ai/drafts")) {
            aiDrafts(b, run);
        }
        if (routeKeys.contains("POST /v1/members/invitations")) {
            Tenant.Fixture member = member(b, b.marker("zz-tenant-b-member-" + run + "@b.test"), "STAFF", true);
            b.add(Kind.USER, member.id(), "STAFF member", "/v1/members/" + member.id(), null);
            String pending = invitation(b, b.marker("zz-tenant-b-pending-" + run + "@b.test"), true).id();
            b.add(Kind.INVITATION, pending, "PENDING invitation", "/v1/members/invitations/" + pending, null);
            String revoked = invitation(b, b.marker("zz-tenant-b-revoked-" + run + "@b.test"), true).id();
            send(b, "DELETE /v1/members/invitations/{id}", new Http.Request("DELETE", "/v1/members/invitations/" + revoked, null), false);
            b.add(Kind.INVITATION, revoked, "REVOKED invitation", "/v1/members/invitations/" + revoked, null);
            b.markerEmails.add(b.marker("zz-tenant-b-member-" + run + "@b.test"));
        }
    }

    /** Tenant A's own objects for control requests: a contact, a work item, a draft quote, a big SENT invoice, a payment. */
    static void stock(Tenant a) {
        a.add(Kind.USER, a.userId, a.name + "'s owner user", null, null);
        fresh(a, Kind.CONTACT);
        fresh(a, Kind.WORK_ITEM);
        fresh(a, Kind.QUOTE);
        String invoice = a.api.expectOk(new Http.Request("POST", "/v1/invoices", a.api.write(Map.of(
                "contact_id", a.of(Kind.CONTACT).get(0).id(),
                "line_items", List.of(Map.of("name", "tenant-" + a.name.toLowerCase() + " big job", "qty", 1, "rate", "100000.00")))))).id();
        a.api.expectOk(new Http.Request("POST", "/v1/invoices/" + invoice + "/send", "{}"));
        a.add(Kind.INVOICE, invoice, a.name + "'s SENT invoice", "/v1/invoices/" + invoice, null);
        fresh(a, Kind.PAYMENT);
    }

    /** A new object of {@code kind} in tenant A (its own user for USER), registered and returned. */
    static Tenant.Fixture fresh(Tenant a, Kind kind) {
        Http api = a.api;
        int n = SEQUENCE.incrementAndGet();
        return switch (kind) {
            case CONTACT, ANY -> created(a, Kind.CONTACT, "/v1/contacts", api.post("/v1/contacts", Map.of(
                    "display_name", "tenant-a-contact-" + n, "email", "tenant-a-" + n + "@a.test", "type", "CUSTOMER")));
            case WORK_ITEM -> created(a, kind, "/v1/work-items", api.post("/v1/work-items", Map.of(
                    "type", "REQUEST", "title", "tenant-a-job-" + n, "contact_id", a.of(Kind.CONTACT).get(0).id())));
            case QUOTE -> created(a, kind, "/v1/quotes", api.post("/v1/quotes", Map.of(
                    "contact_id", a.of(Kind.CONTACT).get(0).id(),
                    "line_items", List.of(Map.of("name", "tenant-a-line-" + n, "qty", 1, "rate", "10.00")))));
            case INVOICE -> created(a, kind, "/v1/invoices", api.post("/v1/invoices", Map.of(
                    "contact_id", a.of(Kind.CONTACT).get(0).id(),
                    "line_items", List.of(Map.of("name", "tenant-a-line-" + n, "qty", 1, "rate", "10.00")))));
            case PAYMENT -> created(a, kind, "/v1/payments", api.post("/v1/payments", Map.of(
                    "invoice_id", sentInvoiceOf(a), "provider", "CASH", "amount", "1.00")));
            case USER -> {
                Tenant.Fixture member = member(a, "tenant-" + a.name.toLowerCase() + "-member-" + n + "@"
                        + a.name.toLowerCase() + ".test", "STAFF", false);
                yield a.add(Kind.USER, member.id(), a.name + "'s STAFF member", "/v1/members/" + member.id(), member.version());
            }
            case AUDIT_ENTRY -> {
                Map<?, ?> entry = (Map<?, ?>) api.expectOk(new Http.Request("GET", "/v1/audit-logs?limit=1", null)).list().get(0);
                yield new Tenant.Fixture(kind, (String) entry.get("id"), a.name + "'s latest audit entry", null, null);
            }
            case INVITATION -> {
                Http.Reply invited = invitation(a, "tenant-" + a.name.toLowerCase() + "-invitee-" + n + "@"
                        + a.name.toLowerCase() + ".test", false);
                yield created(a, kind, "/v1/members/invitations", invited);
            }
            case CONVERSATION -> created(a, kind, "/v1/conversations", api.post("/v1/conversations", Map.of(
                    "contact_id", a.of(Kind.CONTACT).get(0).id(), "subject", "tenant-a-subject-" + n, "body", "tenant-a-body-" + n)));
            case MESSAGE -> {
                String conversation = fresh(a, Kind.CONVERSATION).id();
                Http.Reply reply = api.post("/v1/conversations/" + conversation + "/messages", Map.of("body", "tenant-a-reply-" + n));
                if (!reply.ok()) {
                    throw new IllegalStateException("could not create " + a.name + "'s MESSAGE: " + reply.request() + " → " + reply);
                }
                yield a.add(kind, reply.id(), a.name + "'s queued reply", null, null);
            }
            case FILE -> a.add(kind, attachment(received(a, "tenant-a-sender-" + n + "@a.test", "tenant-a-subject-" + n,
                    "tenant-a-attachment-" + n)), a.name + "'s inbound attachment", null, null);
            case TEMPLATE -> created(a, kind, "/v1/templates", api.post("/v1/templates", Map.of("type", "MESSAGE",
                    "name", "tenant-a-template-" + n, "subject", "tenant-a-subject-" + n, "content", "Hello {{contact_name}}")));
            case EXPENSE -> created(a, kind, "/v1/expenses", api.post("/v1/expenses", Map.of(
                    "vendor", "tenant-a-vendor-" + n, "expense_date", "2026-01-05", "amount", "12.50",
                    "vendor_contact_id", a.of(Kind.CONTACT).get(0).id())));
            case AI_DRAFT -> {
                String id = parsed(a, "Please fix the garden gate on Friday (ref tenant-a-draft-" + n + ")", false);
                Object version = api.expectOk(new Http.Request("GET", "/v1/ai/drafts/" + id, null)).data().get("version");
                yield a.add(kind, id, a.name + "'s PENDING_QC AI draft", "/v1/ai/drafts/" + id,
                        version == null ? null : ((Number) version).longValue());
            }
            case JOB -> {
                String invoice = a.api.expectOk(new Http.Request("POST", "/v1/invoices", api.write(Map.of(
                        "contact_id", a.of(Kind.CONTACT).get(0).id(),
                        "line_items", List.of(Map.of("name", "tenant-a-line-" + n, "qty", 1, "rate", "10.00")))))).id();
                api.expectOk(new Http.Request("POST", "/v1/invoices/" + invoice + "/send", "{}"));
                String job = (String) api.expectOk(new Http.Request("POST", "/v1/invoices/" + invoice + "/remind", "{}"))
                        .data().get("job_id");
                yield a.add(kind, job, a.name + "'s reminder send job", null, null);
            }
        };
    }

    /** B's expenses DRAFT (vendor {@code contact}), SUBMITTED, APPROVED and REJECTED (with a reason), each keyed. */
    private static void expenses(Tenant b, String run, String contact) {
        for (String status : List.of("DRAFT", "SUBMITTED", "APPROVED", "REJECTED")) {
            String what = status.toLowerCase(Locale.ROOT);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("vendor", b.marker("zz-tenant-b-vendor-" + what + "-" + run));
            body.put("category", b.marker("zz-tenant-b-category-" + what + "-" + run));
            body.put("notes", b.marker("zz-tenant-b-expense-notes-" + what + "-" + run));
            body.put("expense_date", "2026-01-05");
            body.put("amount", "42.10");
            body.put("tax_total", "3.10");
            if (status.equals("DRAFT")) {
                body.put("vendor_contact_id", contact);
            }
            String id = send(b, "POST /v1/expenses", post("/v1/expenses", b.api, body), true).id();
            if (!status.equals("DRAFT")) {
                send(b, "POST /v1/expenses/{id}/submit", post("/v1/expenses/" + id + "/submit", b.api, Map.of()), true);
            }
            if (status.equals("APPROVED")) {
                send(b, "POST /v1/expenses/{id}/approve", post("/v1/expenses/" + id + "/approve", b.api, Map.of()), true);
            }
            if (status.equals("REJECTED")) {
                send(b, "POST /v1/expenses/{id}/reject", post("/v1/expenses/" + id + "/reject", b.api,
                        Map.of("reason", b.marker("zz-tenant-b-expense-reason-" + run))), true);
            }
            b.add(Kind.EXPENSE, id, status + " expense", "/v1/expenses/" + id, null);
        }
    }

    /**
     * B's AI drafts, made by the parse job from B's texts: one PENDING_QC, one applied (a work item with B's title), one
     * rejected, and the draft of B's inbound message; every POST keyed.
     */
    private static void aiDrafts(Tenant b, String run) {
        String pending = parsed(b, b.marker("zz-tenant-b-ai-pending-" + run) + ": please quote 3 hours of work at 45 USD", true);
        b.add(Kind.AI_DRAFT, pending, "PENDING_QC AI draft", "/v1/ai/drafts/" + pending, null);
        String applied = parsed(b, b.marker("zz-tenant-b-ai-applied-" + run) + ": fix the boiler on Monday", true);
        send(b, "POST /v1/ops/ai-drafts/{id}/apply", post("/v1/ops/ai-drafts/" + applied + "/apply", b.api, Map.of(
                "intent", "CREATE_WORK_ITEM", "payload", Map.of("title", b.marker("zz-tenant-b-ai-work-" + run)))), true);
        b.add(Kind.AI_DRAFT, applied, "APPLIED AI draft", "/v1/ai/drafts/" + applied, null);
        String rejected = parsed(b, b.marker("zz-tenant-b-ai-rejected-" + run) + ": invoice 2 lamps at 30 USD", true);
        send(b, "POST /v1/ops/ai-drafts/{id}/reject", post("/v1/ops/ai-drafts/" + rejected + "/reject", b.api,
                Map.of("notes", b.marker("zz-tenant-b-ai-reject-notes-" + run))), true);
        b.add(Kind.AI_DRAFT, rejected, "REJECTED AI draft", "/v1/ai/drafts/" + rejected, null);
        b.of(Kind.MESSAGE).stream().filter(m -> m.label().equals("inbound message")).findFirst().ifPresent(message -> {
            String draft = (String) send(b, "POST /v1/messages/{id}/ai/parse", post("/v1/messages/" + message.id()
                    + "/ai/parse", b.api, Map.of()), true).data().get("draft_id");
            awaitDraft(b, draft);
            b.add(Kind.AI_DRAFT, draft, "AI draft of an inbound message", "/v1/ai/drafts/" + draft, null);
        });
    }

    /** Posts {@code text} to {@code POST /v1/ai/drafts} and waits until the parse job made the draft: its id. */
    private static String parsed(Tenant t, String text, boolean keyed) {
        Http.Request request = post("/v1/ai/drafts", t.api, Map.of("text", text));
        Http.Reply reply = keyed ? send(t, "POST /v1/ai/drafts", request, true) : t.api.expectOk(request);
        String draft = (String) reply.data().get("draft_id");
        awaitDraft(t, draft);
        return draft;
    }

    /** Waits (up to 30 s) until the background job made the draft. */
    private static void awaitDraft(Tenant t, String draft) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (!t.api.get("/v1/ai/drafts/" + draft).ok()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(t + "'s AI draft " + draft + " was not made within 30 s");
            }
            sleep();
        }
    }

    /** Waits (up to 60 s) until the 05:00 digest job made the tenant's latest digest ({@code GET /v1/home/digest}). */
    static void awaitDigest(Tenant t) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (!t.api.get("/v1/home/digest").ok()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(t + " has no digest after 60 s");
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** B's conversation composed to {@code contact} and a queued reply in it (both with Idempotency-Keys). */
    private static void inbox(Tenant b, String run, String contact) {
        String conversation = send(b, "POST /v1/conversations", post("/v1/conversations", b.api, Map.of(
                "contact_id", contact, "subject", b.marker("zz-tenant-b-subject-" + run),
                "body", b.marker("zz-tenant-b-body-" + run))), true).id();
        b.add(Kind.CONVERSATION, conversation, "conversation composed to a contact", "/v1/conversations/" + conversation, null);
        String reply = send(b, "POST /v1/conversations/{id}/messages", post("/v1/conversations/" + conversation + "/messages",
                b.api, Map.of("body", b.marker("zz-tenant-b-reply-" + run))), true).id();
        b.add(Kind.MESSAGE, reply, "queued reply", null, null);
    }

    /**
     * An email from {@code sender} with a text attachment posted to the tenant's inbound address through
     * {@code POST /v1/inbound/email} (deployment secret): the stored message as its tenant reads it.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> received(Tenant t, String sender, String subject, String attachmentText) {
        String address = (String) t.api.expectOk(new Http.Request("GET", "/v1/settings/email", null)).data().get("inbound_address");
        String messageId = "isolation-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID() + "@mail.test";
        String mime = String.join("\r\n",
                "Message-ID: <" + messageId + ">",
                "Date: Mon, 05 Jan 2026 08:30:00 +0000",
                "From: " + sender,
                "To: " + address,
                "Subject: " + subject,
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"isolation-boundary\"",
                "",
                "--isolation-boundary",
                "Content-Type: text/plain; charset=UTF-8",
                "",
                subject,
                "--isolation-boundary",
                "Content-Type: text/plain; charset=UTF-8",
                "Content-Disposition: attachment; filename=\"note.txt\"",
                "",
                attachmentText,
                "--isolation-boundary--",
                "");
        Http.Reply receipt = t.api.as(INBOUND_SECRET).expectOk(new Http.Request("POST", "/v1/inbound/email", mime,
                "message/rfc822", null));
        String conversation = (String) receipt.data().get("conversation_id");
        String message = (String) receipt.data().get("message_id");
        for (Object m : t.api.expectOk(new Http.Request("GET", "/v1/conversations/" + conversation + "/messages?limit=100",
                null)).list()) {
            if (message.equals(((Map<String, Object>) m).get("id"))) {
                return (Map<String, Object>) m;
            }
        }
        throw new IllegalStateException(t + "'s inbound message " + message + " is not in its conversation " + conversation);
    }

    /** The id of the message's first attachment. */
    @SuppressWarnings("unchecked")
    private static String attachment(Map<String, Object> message) {
        List<Map<String, Object>> attachments = (List<Map<String, Object>>) message.get("attachments");
        if (attachments == null || attachments.isEmpty()) {
            throw new IllegalStateException("the inbound message has no attachment: " + message);
        }
        return (String) attachments.get(0).get("id");
    }

    /** Invites {@code email} (role STAFF); B's invitation token becomes one of its marker strings. */
    private static Http.Reply invitation(Tenant t, String email, boolean keyed) {
        Http.Request request = post("/v1/members/invitations", t.api, Map.of("email", email, "role", "STAFF"));
        Http.Reply reply = keyed ? send(t, "POST /v1/members/invitations", request, true) : t.api.expectOk(request);
        if (keyed) {
            t.marker((String) reply.data().get("token"));
        }
        return reply;
    }

    /** Invites {@code email} and accepts as a new account: the member's user id and member version. */
    private static Tenant.Fixture member(Tenant t, String email, String role, boolean keyed) {
        Http.Reply invited = invitation(t, email, keyed);
        Http.Reply accepted = t.api.as(null).expectOk(new Http.Request("POST", "/v1/invitations/accept", t.api.write(Map.of(
                "token", invited.data().get("token"), "password", "correct horse battery"))));
        String userId = (String) accepted.data().get("user_id");
        Object version = t.api.expectOk(new Http.Request("GET", "/v1/members/" + userId, null)).data().get("version");
        return new Tenant.Fixture(Kind.USER, userId, role + " member", "/v1/members/" + userId,
                version == null ? null : ((Number) version).longValue());
    }

    private static String sentInvoiceOf(Tenant a) {
        return a.of(Kind.INVOICE).stream().filter(f -> f.label().contains("SENT")).findFirst().orElseThrow().id();
    }

    private static Tenant.Fixture created(Tenant a, Kind kind, String collection, Http.Reply reply) {
        if (!reply.ok()) {
            throw new IllegalStateException("could not create " + a.name + "'s " + kind + ": " + reply.request() + " → " + reply);
        }
        Object version = reply.data().get("version");
        return a.add(kind, reply.id(), a.name + "'s " + kind, collection + "/" + reply.id(),
                version == null ? null : ((Number) version).longValue());
    }

    private static String contact(Tenant b, String run, String who, String type) {
        String name = b.marker("zz-tenant-b-" + who + "-" + run);
        String email = b.marker("zz-tenant-b-" + who + "-" + run + "@b.test");
        b.markerNames.add(name);
        b.markerEmails.add(email);
        String id = send(b, "POST /v1/contacts", post("/v1/contacts", b.api, Map.of(
                "display_name", name, "email", email, "type", type,
                "company_name", b.marker("zz-tenant-b-company-" + who + "-" + run),
                "notes", b.marker("zz-tenant-b-notes-" + who + "-" + run),
                "tags", List.of(b.marker("zz-tenant-b-tag-" + who + "-" + run)))), true).id();
        if (!who.equals("gone")) {
            b.add(Kind.CONTACT, id, type + " contact " + who, "/v1/contacts/" + id, null);
        }
        return id;
    }

    private static String workItem(Tenant b, String run, String what, Map<String, Object> refs) {
        String title = b.marker("zz-tenant-b-" + what + "-" + run);
        b.markerNames.add(title);
        Map<String, Object> body = new LinkedHashMap<>(refs);
        body.put("type", "REQUEST");
        body.put("title", title);
        body.put("description", b.marker("zz-tenant-b-description-" + what + "-" + run));
        body.put("labels", Map.of("service_address", b.marker("zz-tenant-b-address-" + what + "-" + run)));
        return send(b, "POST /v1/work-items", post("/v1/work-items", b.api, body), true).id();
    }

    private static String quote(Tenant b, String run, String what, String contact) {
        return send(b, "POST /v1/quotes", post("/v1/quotes", b.api, Map.of("contact_id", contact,
                "notes", b.marker("zz-tenant-b-quote-notes-" + what + "-" + run),
                "terms", b.marker("zz-tenant-b-quote-terms-" + what + "-" + run),
                "line_items", List.of(line(b, run, "quote-line-" + what, "120.00")))), true).id();
    }

    private static String invoice(Tenant b, String run, String what, String contact, String amount) {
        return send(b, "POST /v1/invoices", post("/v1/invoices", b.api, Map.of("contact_id", contact,
                "notes", b.marker("zz-tenant-b-invoice-notes-" + what + "-" + run),
                "line_items", List.of(line(b, run, "invoice-line-" + what, amount)))), true).id();
    }

    private static void payment(Tenant b, String run, String what, String invoice, String amount) {
        String id = send(b, "POST /v1/payments", post("/v1/payments", b.api, Map.of("invoice_id", invoice,
                "provider", "BANK", "amount", amount,
                "reference", b.marker("zz-tenant-b-payment-ref-" + what + "-" + run),
                "method_label", b.marker("zz-tenant-b-method-" + what + "-" + run))), true).id();
        b.add(Kind.PAYMENT, id, what + " payment", "/v1/payments/" + id, null);
    }

    private static void sendDocument(Tenant b, String collection, String id) {
        send(b, "POST /v1/" + collection + "/{id}/send", post("/v1/" + collection + "/" + id + "/send", b.api,
                Map.of("channel", "EMAIL")), true);
    }

    private static Map<String, Object> line(Tenant b, String run, String what, String rate) {
        return Map.of("name", b.marker("zz-tenant-b-" + what + "-" + run), "qty", 1, "rate", rate, "tax_rate", "10");
    }

    private static Http.Request post(String path, Http api, Map<String, ?> body) {
        return new Http.Request("POST", path, api.write(body));
    }

    private static Http.Reply send(Tenant b, String routeKey, Http.Request request, boolean keyed) {
        Http.Request sent = keyed ? request.withKey(b.marker("zz-tenant-b-key-" + SEQUENCE.incrementAndGet())) : request;
        Http.Reply reply = b.api.expectOk(sent);
        if (keyed) {
            b.keyed.add(new Tenant.KeyedRequest(routeKey, sent));
        }
        return reply;
    }
}
