package io.smbhub.domain.ai;

/** The product feature a language-model call serves; usage and cost are tracked per feature (issue 6). */
public enum AiFeature {
    /** Text-to-Task parsing of a message, file or pasted text into an AI draft (spec 1.4.A). */
    TEXT_TO_TASK,
    /** The model pass of an invoice/quote pre-check against free-text SOP rules (feature 2). */
    PRECHECK,
    /** The three strategic insights of the CEO digest (feature 1). */
    DIGEST
}
