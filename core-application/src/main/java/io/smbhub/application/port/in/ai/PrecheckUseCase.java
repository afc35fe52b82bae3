package io.smbhub.application.port.in.ai;

import io.smbhub.application.port.in.Actor;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.QuoteId;

import java.time.Instant;
import java.util.List;

/**
 * AI Pre-Check (enterprise-business-os.md feature 2; issue 6): checks an invoice or quote against the tenant's SOP
 * ruleset — the deterministic rules always, the FREE_TEXT rules by a model pass when a model is available. Changes
 * nothing. Needs {@code DOCUMENTS_READ}. Errors: {@code FORBIDDEN}, {@code NOT_FOUND}. A model that is down or over
 * quota does not fail the check: {@code modelPass} says so and the deterministic answer stands.
 */
public interface PrecheckUseCase {

    PrecheckResult precheckInvoice(Actor actor, InvoiceId invoice);

    PrecheckResult precheckQuote(Actor actor, QuoteId quote);

    /** One violation: {@code rule} code, {@code field} at fault (may be null), {@code message}. */
    record Violation(String rule, String field, String message) {
    }

    /**
     * {@code valid} when there are no violations; {@code rulesChecked} count of enabled rules for this kind;
     * {@code modelPass}: NOT_NEEDED (no free-text rules), DONE, NOT_CONFIGURED, UNAVAILABLE, QUOTA_EXCEEDED;
     * {@code checkedAt} UTC.
     */
    record PrecheckResult(boolean valid, List<Violation> violations, int rulesChecked, String modelPass,
                          Instant checkedAt) {
    }
}
