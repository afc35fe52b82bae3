package io.smbhub.bootstrap.isolation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One business signed up through the API, with its owner's client and the objects it holds, by kind.
 * Tenant B also records its marker strings (unique texts such as {@code zz-tenant-b-ann-…}) and every request
 * it sent with an {@code Idempotency-Key}, so that other tenants can try them.
 */
final class Tenant {

    /** One object: its kind, id, a readable label ("SENT invoice"), and its detail path (null: none). */
    record Fixture(Kind kind, String id, String label, String detailPath, Long version) {
    }

    /** A request sent with an {@code Idempotency-Key}, and the route it went to ({@code POST /v1/invoices/{id}/send}). */
    record KeyedRequest(String routeKey, Http.Request request) {
    }

    final String name;
    final Http api;
    final String tenantId;
    final String userId;
    final String email;
    private final Map<Kind, List<Fixture>> fixtures = new EnumMap<>(Kind.class);
    final Set<String> markers = new LinkedHashSet<>();
    final List<String> markerNames = new ArrayList<>();
    final List<String> markerEmails = new ArrayList<>();
    final List<KeyedRequest> keyed = new ArrayList<>();

    Tenant(String name, Http api, String tenantId, String userId, String email) {
        this.name = name;
        this.api = api;
        this.tenantId = tenantId;
        this.userId = userId;
        this.email = email;
    }

    Fixture add(Kind kind, String id, String label, String detailPath, Long version) {
        Fixture f = new Fixture(kind, id, label, detailPath, version);
        fixtures.computeIfAbsent(kind, k -> new ArrayList<>()).add(f);
        return f;
    }

    /** The tenant's fixtures of {@code kind}; for {@link Kind#ANY} one of every kind, else all of them. */
    List<Fixture> of(Kind kind) {
        if (kind == Kind.ANY) {
            List<Fixture> all = new ArrayList<>();
            fixtures.values().forEach(all::addAll);
            return all;
        }
        return fixtures.getOrDefault(kind, List.of());
    }

    /** The first fixture of each kind (for {@link Kind#ANY} in request bodies). */
    List<Fixture> representatives(Kind kind) {
        if (kind != Kind.ANY) {
            return of(kind);
        }
        List<Fixture> out = new ArrayList<>();
        fixtures.values().forEach(list -> out.add(list.get(0)));
        return out;
    }

    List<Fixture> all() {
        return of(Kind.ANY);
    }

    /** Registers a marker string: text only this tenant holds. */
    String marker(String text) {
        markers.add(text);
        return text;
    }

    @Override
    public String toString() {
        return "tenant " + name;
    }
}
