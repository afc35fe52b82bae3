package io.smbhub.application.service.support;

import io.smbhub.domain.shared.Refusal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * For one object and one actor, each action's decision: allowed, or the {@link Refusal} the action would fail
 * with (spec smb-hub-prd.md 12.7 "allowed actions"). The same decisions answer clients ({@link #allowed()},
 * the {@code allowed_actions} of detail responses) and guard the use cases ({@link #require}), so an action
 * left out of {@code allowed_actions} is refused for exactly the reason that kept it out.
 */
public final class ActionDecisions {

    private final Map<String, Optional<Refusal>> decisions;

    private ActionDecisions(Map<String, Optional<Refusal>> decisions) {
        this.decisions = decisions;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The allowed actions, in catalogue order. */
    public List<String> allowed() {
        List<String> allowed = new ArrayList<>();
        decisions.forEach((action, refusal) -> {
            if (refusal.isEmpty()) {
                allowed.add(action);
            }
        });
        return List.copyOf(allowed);
    }

    /** Why {@code action} is refused, or empty when allowed. */
    public Optional<Refusal> refusal(String action) {
        Optional<Refusal> refusal = decisions.get(action);
        if (refusal == null) {
            throw new IllegalArgumentException("unknown action '" + action + "'; known: " + decisions.keySet());
        }
        return refusal;
    }

    /** Throws the refusal of {@code action} as its {@code DomainException} (any {@code ErrorCode}) unless allowed. */
    public void require(String action) {
        refusal(action).ifPresent(Refusal::raise);
    }

    /** Collects actions in catalogue order; each action's checks run in order and the first refusal wins. */
    public static final class Builder {
        private final Map<String, Optional<Refusal>> decisions = new LinkedHashMap<>();

        private Builder() {
        }

        @SafeVarargs
        public final Builder action(String name, Supplier<Optional<Refusal>>... checks) {
            Optional<Refusal> decision = Optional.empty();
            for (Supplier<Optional<Refusal>> check : checks) {
                decision = check.get();
                if (decision.isPresent()) {
                    break;
                }
            }
            decisions.put(name, decision);
            return this;
        }

        public ActionDecisions build() {
            return new ActionDecisions(Collections.unmodifiableMap(new LinkedHashMap<>(decisions)));
        }
    }
}
