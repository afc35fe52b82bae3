package io.smbhub.adapter.llm;

import io.smbhub.application.port.out.LanguageModel.CallContext;
import io.smbhub.application.port.out.LanguageModel.Prompt;
import io.smbhub.domain.ai.AiFeature;
import io.smbhub.domain.shared.TenantId;

import java.util.UUID;

/** Prompts for adapter tests. */
final class Prompts {

    static final TenantId TENANT = new TenantId(UUID.fromString("0190a000-0000-7000-8000-000000000001"));

    private Prompts() {
    }

    static Prompt prompt(String system, String user) {
        return new Prompt(new CallContext(TENANT, null, AiFeature.TEXT_TO_TASK), system, user);
    }

    static Prompt prompt(String user) {
        return prompt("You are a helpful assistant for a small business.", user);
    }
}
