package io.smbhub.bootstrap.architecture.planted.adapter.rest;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Planted look-alike of Micronaut's @Controller, so the planted controller does not become a live bean. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Controller {
}
