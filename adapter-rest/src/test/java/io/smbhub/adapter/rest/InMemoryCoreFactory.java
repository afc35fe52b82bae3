package io.smbhub.adapter.rest;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.smbhub.application.CoreServices;
import io.smbhub.application.memory.InMemoryCore;
import io.smbhub.application.memory.UnconfiguredPaymentProvider;
import jakarta.inject.Singleton;

import java.time.Instant;

/** Test wiring: the whole core in memory (property {@code smbhub.test.in-memory-core=true}). */
@Factory
@Requires(property = "smbhub.test.in-memory-core", value = "true")
public class InMemoryCoreFactory {

    /** The clock starts on a fixed Monday morning (UTC). */
    public static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    /**
     * With a small test MIME parser, so that {@code POST /v1/inbound/email} can be exercised without a mail library;
     * without a language model, or with a {@link StubLanguageModel} that is down ({@code smbhub.test.language-model=down})
     * or up ({@code up}).
     */
    @Singleton
    InMemoryCore inMemoryCore(@Value("${smbhub.test.language-model:none}") String model) {
        UnconfiguredPaymentProvider payments = new UnconfiguredPaymentProvider();
        return switch (model) {
            case "down" -> InMemoryCore.start(START, payments, payments, new TestMailParser(), new StubLanguageModel(false));
            case "up" -> InMemoryCore.start(START, payments, payments, new TestMailParser(), new StubLanguageModel(true));
            default -> InMemoryCore.start(START, payments, payments, new TestMailParser());
        };
    }

    @Singleton
    CoreServices coreServices(InMemoryCore core) {
        return core.services();
    }
}
