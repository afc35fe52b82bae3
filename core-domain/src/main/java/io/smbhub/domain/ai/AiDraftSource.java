package io.smbhub.domain.ai;

/** Where an AI draft's text came from (spec smb-hub-prd.md 2.1 "AI Draft" {@code source_type}). */
public enum AiDraftSource {
    /** An inbox message ({@code source_id} = message id). */
    MESSAGE,
    /** An uploaded file ({@code source_id} = file id). */
    FILE,
    /** Text typed or pasted by a member ({@code source_id} null). */
    MANUAL
}
