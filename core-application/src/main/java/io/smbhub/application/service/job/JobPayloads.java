package io.smbhub.application.service.job;

import io.smbhub.application.port.out.JobQueue;
import io.smbhub.domain.shared.DomainException;

import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON payload of a job: a flat object of identifier-like string fields (ids, enum names), e.g.
 * {@code {"tenant_id":"…","message_id":"…"}}. Fields are read one by one, because the queue may store the payload as
 * {@code jsonb}, which does not keep key order. Values are never free text, so no escaping is needed; a value that is
 * not {@code [A-Za-z0-9_:.-]} is refused.
 */
public final class JobPayloads {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_:.-]+");

    private JobPayloads() {
    }

    /** The payload of {@code fields} (name → value; order is not kept, as in {@code jsonb}). */
    public static String of(Map<String, ?> fields) {
        StringJoiner json = new StringJoiner(",", "{", "}");
        fields.forEach((name, value) -> {
            String text = String.valueOf(value);
            if (!SAFE.matcher(text).matches()) {
                throw new IllegalArgumentException("Job payload field " + name + " is not an identifier: " + text);
            }
            json.add("\"" + name + "\":\"" + text + "\"");
        });
        return json.toString();
    }

    /** The string field {@code name} of {@code job}'s payload. Errors: {@code VALIDATION_ERROR} on {@code payload} when missing. */
    public static String field(JobQueue.Job job, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([A-Za-z0-9_:.-]+)\"").matcher(job.payload());
        if (!m.find()) {
            throw DomainException.invalid("payload", job.kind() + " job " + job.idempotencyKey() + " has no " + name);
        }
        return m.group(1);
    }
}
