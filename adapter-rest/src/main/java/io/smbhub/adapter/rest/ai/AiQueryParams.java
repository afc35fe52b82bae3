package io.smbhub.adapter.rest.ai;

import io.micronaut.core.annotation.Nullable;
import io.smbhub.adapter.rest.http.ApiException;
import io.smbhub.adapter.rest.http.QueryParams;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** The AI routes' own query parameters: 400 {@code VALIDATION_ERROR} naming the parameter when unreadable. */
final class AiQueryParams {

    private AiQueryParams() {
    }

    /** {@code month} as {@code yyyy-MM} ({@code 2026-11}), or null when absent. */
    @Nullable
    static YearMonth month(@Nullable String value) {
        String text = QueryParams.text(value);
        if (text == null) {
            return null;
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("month", "month must be a month like 2026-11, got \"" + abbreviate(text) + "\"");
        }
    }

    /** {@code date} as {@code yyyy-MM-dd}, or null when absent. */
    @Nullable
    static LocalDate date(@Nullable String value) {
        String text = QueryParams.text(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("date", "date must be a date like 2026-11-20, got \"" + abbreviate(text) + "\"");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
