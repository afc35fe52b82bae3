package io.smbhub.bootstrap.architecture.planted.domain.a;

import io.smbhub.bootstrap.architecture.planted.domain.b.Gadget;

import java.time.Instant;
import java.util.UUID;

/** Planted violations: float money, system clock, random ids, a cycle with package b, a framework dependency. */
public class Widget extends io.smbhub.bootstrap.architecture.planted.domain.AggregateRoot {
    public double price;
    Gadget gadget;
    Object framework = io.micronaut.http.HttpStatus.OK;

    Instant stamp() {
        UUID.randomUUID();
        return Instant.now();
    }
}
