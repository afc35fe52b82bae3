package io.smbhub.adapter.rest.ai;

import io.micronaut.core.annotation.Nullable;
import io.smbhub.application.port.in.ai.ParseView;

import java.util.UUID;

/**
 * What the idempotency store keeps of a parse request, so that a replay answers like the first call: the draft id,
 * the job id (null when the draft existed before), {@code existing}, and {@code hadDraft} (the draft existed: 200,
 * else 202). Encoded as {@code <draft id>,<job id or ->,<existing>,<had draft>}.
 */
record ParseResult(UUID draftId, @Nullable UUID jobId, boolean existing, boolean hadDraft) {

    static ParseResult of(ParseView v) {
        return new ParseResult(v.draftId(), v.jobId(), v.existing(), v.draft() != null);
    }

    String encode() {
        return draftId + "," + (jobId == null ? "-" : jobId.toString()) + "," + existing + "," + hadDraft;
    }

    static ParseResult decode(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new IllegalStateException("Unexpected stored parse result: " + text);
        }
        return new ParseResult(UUID.fromString(parts[0]), parts[1].equals("-") ? null : UUID.fromString(parts[1]),
                Boolean.parseBoolean(parts[2]), Boolean.parseBoolean(parts[3]));
    }
}
