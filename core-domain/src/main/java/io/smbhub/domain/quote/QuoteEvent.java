package io.smbhub.domain.quote;

import io.smbhub.domain.shared.QuoteId;

import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.DomainEvent;

import java.time.Instant;

/** What happened to a quote; {@link #action()} is the audit action name. */
public sealed interface QuoteEvent extends DomainEvent {

    QuoteId quoteId();

    record QuoteCreated(QuoteId quoteId, Instant occurredAt) implements QuoteEvent {
        public String action() { return "quote.created"; }
    }

    record QuoteUpdated(QuoteId quoteId, Instant occurredAt) implements QuoteEvent {
        public String action() { return "quote.updated"; }
    }

    record QuoteSent(QuoteId quoteId, Instant occurredAt) implements QuoteEvent {
        public String action() { return "quote.sent"; }
    }

    record QuoteApproved(QuoteId quoteId, Instant occurredAt) implements QuoteEvent {
        public String action() { return "quote.approved"; }
    }

    record QuoteRejected(QuoteId quoteId, String reason, Instant occurredAt) implements QuoteEvent {
        public String action() { return "quote.rejected"; }
    }

    record QuoteExpired(QuoteId quoteId, Instant occurredAt) implements QuoteEvent {
        public String action() { return "quote.expired"; }
    }

    record QuoteConverted(QuoteId quoteId, InvoiceId invoiceId, Instant occurredAt) implements QuoteEvent {
        public String action() { return "quote.converted"; }
    }
}
