package io.smbhub.adapter.rest;

import io.smbhub.application.port.out.JsonSchema;
import io.smbhub.application.port.out.LanguageModel;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;

/**
 * A configured language model for REST tests that never answers: {@code available} false is a model that is down
 * (its circuit open), true one that is up but must not be reached in the test (every call fails the test loudly
 * with {@code AI_UNAVAILABLE}).
 */
final class StubLanguageModel implements LanguageModel {

    static final String MODEL = "gemini-test";

    private final boolean available;

    StubLanguageModel(boolean available) {
        this.available = available;
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public boolean available() {
        return available;
    }

    @Override
    public String modelName() {
        return MODEL;
    }

    @Override
    public Completion generate(Prompt prompt) {
        throw down();
    }

    @Override
    public Completion generateJson(Prompt prompt, JsonSchema schema) {
        throw down();
    }

    private static DomainException down() {
        return new DomainException(ErrorCode.AI_UNAVAILABLE, "The test model " + MODEL + " does not answer");
    }
}
