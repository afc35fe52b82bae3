package io.smbhub.bootstrap.architecture.planted.domain.b;

import io.smbhub.bootstrap.architecture.planted.domain.a.Widget;

/** Planted: closes the cycle a ↔ b; also an event that is not a record. */
public class Gadget implements io.smbhub.bootstrap.architecture.planted.domain.DomainEvent {
    Widget widget;
    io.smbhub.bootstrap.architecture.planted.application.service.Helper upward;
}
