package io.smbhub.bootstrap.architecture.planted.application.port.out;

/** Planted: a class where only interfaces belong. */
public class NotAPort {
}
