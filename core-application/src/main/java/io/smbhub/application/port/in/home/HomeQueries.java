package io.smbhub.application.port.in.home;

import io.smbhub.application.port.in.Actor;

/** The home snapshot. Errors: {@code FORBIDDEN} for roles that may not read invoices. */
public interface HomeQueries {
    HomeSummary summary(Actor actor);
}
