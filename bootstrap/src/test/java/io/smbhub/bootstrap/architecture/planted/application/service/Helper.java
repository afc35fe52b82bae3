package io.smbhub.bootstrap.architecture.planted.application.service;

/** Planted: the application reaching into an adapter and a framework. */
public class Helper {
    io.smbhub.bootstrap.architecture.planted.adapter.postgres.Repo repo;
    Object json = io.micronaut.http.HttpStatus.OK;
}
