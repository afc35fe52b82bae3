package io.smbhub.application.memory;

import io.smbhub.application.port.out.JsonSchema;
import io.smbhub.application.port.out.LanguageModel;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;

/**
 * The {@link LanguageModel} of a server with no model configured (no {@code GEMINI_API_KEY}): never available; every
 * call answers {@code AI_UNAVAILABLE}. The core then drafts with its offline rule-based extractor and sends digests
 * without insights (issue 6, enterprise-business-os.md feature 15).
 */
public final class UnconfiguredLanguageModel implements LanguageModel {

    @Override
    public boolean configured() {
        return false;
    }

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public String modelName() {
        return "none";
    }

    @Override
    public Completion generate(Prompt prompt) {
        throw unavailable();
    }

    @Override
    public Completion generateJson(Prompt prompt, JsonSchema schema) {
        throw unavailable();
    }

    private static DomainException unavailable() {
        return new DomainException(ErrorCode.AI_UNAVAILABLE,
                "No language model is configured on this server; set GEMINI_API_KEY to enable AI features");
    }
}
