package io.smbhub.adapter.llm;

import com.google.genai.errors.ApiException;
import com.google.genai.errors.GenAiIOException;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * How model failures read as {@link DomainException}s and which of them a second attempt can fix. Messages never
 * carry prompt text or the API key.
 */
final class LlmFailures {

    /** HTTP statuses worth retrying: request timeout, rate limit, server errors. */
    static final Set<Integer> TRANSIENT_STATUSES = Set.of(408, 429, 500, 502, 503, 504);

    private LlmFailures() {
    }

    /**
     * True when a second identical attempt may succeed: a timeout, a network error (refused, reset, no answer), or
     * one of {@link #TRANSIENT_STATUSES} — also when wrapped as the cause of an {@code AI_UNAVAILABLE}.
     */
    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TimeoutException || t instanceof IOException || t instanceof GenAiIOException) {
                return true;
            }
            if (t instanceof ApiException api) {
                return TRANSIENT_STATUSES.contains(api.code());
            }
            if (t instanceof DomainException domain && domain.code() != ErrorCode.AI_UNAVAILABLE) {
                return false;
            }
        }
        return false;
    }

    /** True for an answer the model gave but SMB Hub cannot use; such calls are not retried. */
    static boolean isProviderError(Throwable failure) {
        return failure instanceof DomainException domain && domain.code() == ErrorCode.PROVIDER_ERROR;
    }

    /** The SDK's {@code failure} of one {@code generateContent} call as AI_UNAVAILABLE or PROVIDER_ERROR. */
    static DomainException fromSdk(RuntimeException failure) {
        if (failure instanceof ApiException api) {
            return fromStatus(api);
        }
        if (failure instanceof GenAiIOException) {
            return withCause(unavailable("The AI model could not be reached (" + networkReason(failure)
                    + "); try again later"), failure);
        }
        return withCause(providerError("The AI model sent an answer SMB Hub could not read ("
                + failure.getClass().getSimpleName() + "); try again, or fill in the fields by hand"), failure);
    }

    static DomainException unavailable(String message) {
        return new DomainException(ErrorCode.AI_UNAVAILABLE, message);
    }

    static DomainException providerError(String message) {
        return new DomainException(ErrorCode.PROVIDER_ERROR, message);
    }

    /** {@code duration} for people: "300 ms", "20 s", "1.5 s". */
    static String describe(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis % 1000 == 0) {
            return (millis / 1000) + " s";
        }
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static DomainException fromStatus(ApiException api) {
        int code = api.code();
        String status = api.status() == null || api.status().isBlank() ? "" : " " + api.status();
        String http = "HTTP " + code + status;
        String serverMessage = api.message() == null ? "" : api.message();
        DomainException result;
        if (code == 429) {
            result = unavailable("The AI model is limiting requests (" + http + "); try again in a minute");
        } else if (TRANSIENT_STATUSES.contains(code)) {
            result = unavailable("The AI model is unavailable (" + http + "); try again later");
        } else if (code == 401 || code == 403 || serverMessage.toLowerCase(Locale.ROOT).contains("api key")) {
            result = unavailable("The AI model rejected the configured API key (" + http
                    + "); check GEMINI_API_KEY on the server");
        } else if (code == 404) {
            result = unavailable("The AI model was not found (" + http + "); check GEMINI_MODEL on the server");
        } else if (code >= 500) {
            result = unavailable("The AI model failed (" + http + "); try again later");
        } else {
            result = providerError("The AI model refused the request (" + http + ": " + shorten(serverMessage)
                    + "); try again, or fill in the fields by hand");
        }
        return withCause(result, api);
    }

    private static String networkReason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof InterruptedIOException) {
                return "no answer in time";
            }
        }
        return "network error";
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "…";
    }

    private static DomainException withCause(DomainException exception, Throwable cause) {
        exception.initCause(cause);
        return exception;
    }
}
