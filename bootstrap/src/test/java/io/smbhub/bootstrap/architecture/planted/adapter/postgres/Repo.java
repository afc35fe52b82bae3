package io.smbhub.bootstrap.architecture.planted.adapter.postgres;

/** Planted: one adapter depending on another. */
public class Repo {
    io.smbhub.bootstrap.architecture.planted.adapter.rest.BadController controller;
}
