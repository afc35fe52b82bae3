package io.smbhub.domain.shared;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A state machine as readable data: for each status, the statuses it may move to. Every aggregate
 * declares one table; {@link #check} is the only place a move is allowed or refused.
 *
 * @param <S> the status enum
 */
public final class TransitionTable<S extends Enum<S>> {

    private final String subject;
    private final Map<S, Set<S>> allowed;

    private TransitionTable(String subject, Map<S, Set<S>> allowed) {
        this.subject = subject;
        this.allowed = allowed;
    }

    /** Starts a table for {@code type}; {@code subject} names the aggregate in error messages. */
    public static <S extends Enum<S>> Builder<S> of(Class<S> type, String subject) {
        return new Builder<>(type, subject);
    }

    /** Whether {@code from → to} is an allowed move. */
    public boolean allows(S from, S to) {
        return allowed.get(from).contains(to);
    }

    /** The statuses reachable from {@code from} in one move. */
    public Set<S> targets(S from) {
        return Collections.unmodifiableSet(allowed.get(from));
    }

    /**
     * Refuses an illegal move. Errors: {@code INVALID_TRANSITION} naming the object, from, to and why.
     *
     * @param label the object's human name, e.g. "Invoice INV-000042"
     * @param why   the reason appended to the message, e.g. "a void invoice takes no payment"
     */
    public void check(String label, S from, S to, String why) {
        refusal(label, from, to, why).ifPresent(Refusal::raise);
    }

    /** The {@code INVALID_TRANSITION} refusal {@link #check} would throw, or empty when the move is allowed. */
    public Optional<Refusal> refusal(String label, S from, S to, String why) {
        if (allows(from, to)) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(ErrorCode.INVALID_TRANSITION, label + " cannot move from " + from + " to " + to + ": " + why));
    }

    /** Fluent builder; unspecified statuses are terminal. */
    public static final class Builder<S extends Enum<S>> {
        private final Class<S> type;
        private final String subject;
        private final Map<S, Set<S>> allowed;

        private Builder(Class<S> type, String subject) {
            this.type = type;
            this.subject = subject;
            this.allowed = new EnumMap<>(type);
            for (S s : type.getEnumConstants()) {
                allowed.put(s, EnumSet.noneOf(type));
            }
        }

        @SafeVarargs
        public final Builder<S> allow(S from, S... to) {
            allowed.get(from).addAll(Set.of(to));
            return this;
        }

        public TransitionTable<S> build() {
            Map<S, Set<S>> frozen = new EnumMap<>(type);
            allowed.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(EnumSet.copyOf(v))));
            return new TransitionTable<>(subject, frozen);
        }
    }

    @Override
    public String toString() {
        return subject + " transitions " + allowed;
    }
}
