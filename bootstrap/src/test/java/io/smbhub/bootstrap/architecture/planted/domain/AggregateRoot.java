package io.smbhub.bootstrap.architecture.planted.domain;

/** Planted base class named like the real one. */
public abstract class AggregateRoot {
}
