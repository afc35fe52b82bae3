package io.smbhub.adapter.rest.auth;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.smbhub.adapter.rest.http.RequestContext;
import io.smbhub.application.port.in.Actor;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Lets a controller method declare an {@link Actor} parameter: the actor the {@link AuthFilter} built from
 * the verified token. A route without one (a filter misconfiguration) is refused as 401, never served anonymously.
 */
@Singleton
public final class ActorArgumentBinder implements TypedRequestArgumentBinder<Actor> {

    @Override
    public Argument<Actor> argumentType() {
        return Argument.of(Actor.class);
    }

    @Override
    public BindingResult<Actor> bind(ArgumentConversionContext<Actor> context, HttpRequest<?> source) {
        Actor actor = RequestContext.actor(source)
                .orElseThrow(() -> new DomainException(ErrorCode.UNAUTHORIZED, "Authentication is required"));
        Optional<Actor> value = Optional.of(actor);
        return () -> value;
    }
}
