package io.smbhub.bootstrap.architecture.planted.adapter.rest;

/** Planted: a controller using an outbound port and a service directly. */
@Controller
public class BadController {
    io.smbhub.bootstrap.architecture.planted.application.port.out.NotAPort port;
    io.smbhub.bootstrap.architecture.planted.application.service.Helper service;
}
