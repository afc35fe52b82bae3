package io.smbhub.application.service.ai;

import io.smbhub.application.port.out.LanguageModel;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a {@link DraftExtractor} reads (spec smb-hub-prd.md 1.4.A): the {@code text} to parse (a message's subject and
 * body, a document's text, or typed text); the {@code context} a model call is made for (tenant, member, feature —
 * used for quota, redaction settings and usage); {@code today}, the tenant-local calendar date relative words such as
 * "besok", "next Friday", "in 14 days" or "NET 30" are counted from; the tenant's {@code zone}; and the tenant's
 * {@code defaultCurrency} (ISO 4217) for amounts written without a currency.
 */
public record ExtractionRequest(LanguageModel.CallContext context, String text, LocalDate today, ZoneId zone,
                                String defaultCurrency) {

    public ExtractionRequest {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(defaultCurrency, "defaultCurrency");
    }
}
