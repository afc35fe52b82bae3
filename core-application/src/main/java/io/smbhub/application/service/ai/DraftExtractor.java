package io.smbhub.application.service.ai;

/**
 * Turns the text of an SMB message, document or note into an {@link Extraction}: the intent and the draft fields of
 * Text-to-Task (spec smb-hub-prd.md 1.4.A "AI triage → classify intent + extract entities", 10.5.2 steps 1–2).
 * Implementations: {@link RuleBasedExtractor} (offline, always there) and {@link ModelDraftExtractor} (a language
 * model). An extractor never creates, sends or charges anything; its answer becomes an {@code AiDraft} for review.
 */
public interface DraftExtractor {

    /** The extractor's name as stored on the draft: {@code rules}, or the model id such as {@code gemini-2.5-flash}. */
    String name();

    /**
     * Extracts the intent and fields of {@code request.text()}. Errors: the rule-based extractor throws none; a model
     * extractor passes on {@code AI_UNAVAILABLE} and {@code QUOTA_EXCEEDED} from its model and answers
     * {@code PROVIDER_ERROR} when the model's answer is unusable (not an object, an unknown intent).
     */
    Extraction extract(ExtractionRequest request);
}
