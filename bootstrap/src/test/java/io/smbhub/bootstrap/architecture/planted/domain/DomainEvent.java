package io.smbhub.bootstrap.architecture.planted.domain;

/** Planted marker interface named like the real one. */
public interface DomainEvent {
}
