package io.smbhub.bootstrap.isolation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The generic isolation case, applied to one route at a time. Tenant A attacks tenant B. A fresh tenant C per
 * route (another outsider) tries B's idempotency keys and B's unique texts on create routes; that stores copies of
 * B's texts in C, never in A, so every answer A gets can be scanned for B's texts.
 *
 * <ul>
 *   <li>Route with path ids: for every B id of the kind the rules name, A's request answers 404 NOT_FOUND,
 *       indistinguishable (status and body, except the request id and the echoed id) from the same request with a
 *       random unknown id; write bodies are plausible (the object's current {@code if_match_version}, amounts,
 *       reasons), and the same request on a fresh object of A's own is not a 404 (the control, which proves the
 *       rule names the right kind). Writes on A's own objects with one reference field pointing at B's object
 *       answer like a random id would.</li>
 *   <li>Collection or by-id GET: no B id or text in the answer; each object filter set to B's ids and each search
 *       parameter set to B's texts answers like an unknown value would, and lists nothing; a cursor B received
 *       on the same route shows A nothing of B's.</li>
 *   <li>Collection or singleton write: A's control request succeeds; the same request with one reference field
 *       pointing at B's object answers like a random id would (refused, or the field is ignored: then the row
 *       check below shows whether the reference was stored), and C's requests with B's names and emails answer
 *       like fresh ones would (no cross-tenant duplicate check).</li>
 *   <li>Every request B sent with an {@code Idempotency-Key} on the route: C sending the very same request and
 *       key gets no replay of B's answer, and the same status as with a key of its own.</li>
 *   <li>Around every route: B's rows (every tenant table) and B's detail views are unchanged; no other tenant's
 *       row gained one of B's ids, and no row of A one of B's texts; no answer was a 5xx.</li>
 * </ul>
 */
final class IsolationCases {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern TIME_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z?");
    private static final Pattern NUMBER_TEXT = Pattern.compile("\\b(INV|Q)-\\d+\\b");
    private static final Pattern UNIQUE_TEXT = Pattern.compile("tenant-[ac]-(?:[a-z]+-?)?\\d+");
    private static final Pattern SECRET_FIELD = Pattern.compile("\"((?:access_)?token)\":\"[^\"]*\"");
    private static final String B_PREFIX = "zz-tenant-b";

    private final Tenant a;
    private final Tenant b;
    private final Supplier<Tenant> newOutsider;
    private final List<String> outsiderIds = new ArrayList<>();
    private final TenantState bState;
    private final Map<String, String> bSecrets;
    private final Set<String> bIds;
    private final AtomicInteger unique = new AtomicInteger();

    IsolationCases(Tenant a, Tenant b, Supplier<Tenant> newOutsider, TenantState bState) {
        this.a = a;
        this.b = b;
        this.newOutsider = newOutsider;
        this.bState = bState;
        this.bSecrets = new LinkedHashMap<>();
        this.bIds = bState.ids();
        for (String id : bIds) {
            bSecrets.put(id, "an id of B's rows (" + id + ")");
        }
        for (Tenant.Fixture f : b.all()) {
            bSecrets.put(f.id(), "B's " + f.label() + " id (" + f.id() + ")");
        }
        bSecrets.put(b.tenantId, "B's tenant id");
        for (String marker : b.markers) {
            bSecrets.put(marker, "B's text '" + marker + "'");
        }
    }

    /** The problems found on one route: requests sent and what went wrong, for the failure message. */
    private final class Probe {
        final RouteTable.Route route;
        final List<String> problems = new ArrayList<>();
        int requests;
        private Tenant outsider;

        Probe(RouteTable.Route route) {
            this.route = route;
        }

        /** A tenant C of this route's own: its copies of B's texts cannot disturb another route's case. */
        Tenant outsider() {
            if (outsider == null) {
                outsider = newOutsider.get();
                outsiderIds.add(outsider.tenantId);
            }
            return outsider;
        }

        Http.Reply send(Tenant as, Http.Request request) {
            requests++;
            Http.Reply reply = as.api.send(request);
            if (reply.status() >= 500) {
                problems.add("server error instead of an answer: " + as + " " + request + " → " + reply);
            }
            for (Map.Entry<String, String> secret : bSecrets.entrySet()) {
                if (reply.text().contains(secret.getKey()) && !request.carries(secret.getKey())) {
                    problems.add("LEAK: " + as + " " + request + " answered with " + secret.getValue() + ": " + reply);
                    return reply;
                }
            }
            if (reply.text().contains(B_PREFIX) && !request.carries(B_PREFIX)) {
                problems.add("LEAK: " + as + " " + request + " answered with one of B's texts: " + reply);
            }
            return reply;
        }

        void problem(String text) {
            problems.add(text);
        }
    }

    /** Runs the case of one route and returns the problems (empty: isolated). */
    List<String> run(Classification classification) {
        RouteTable.Route route = classification.route();
        Probe p = new Probe(route);
        Map<String, String> rowsBefore = bState.snapshot();
        Map<String, Object> viewsBefore = bViews();
        Set<String> foreignBefore = foreignRows();

        if (route.pathVariables().isEmpty()) {
            if (isRead(route)) {
                reads(p, route.template(), List.of(route.template()), null);
            } else {
                writes(p);
            }
        } else {
            byId(p, classification.pathKinds());
        }
        replays(p);

        p.problems.addAll(TenantState.differences(rowsBefore, bState.snapshot()));
        Map<String, Object> viewsAfter = bViews();
        for (Map.Entry<String, Object> view : viewsBefore.entrySet()) {
            if (!Objects.equals(view.getValue(), viewsAfter.get(view.getKey()))) {
                p.problem("B's " + view.getKey() + " changed: " + describe(view.getValue()) + " → "
                        + describe(viewsAfter.get(view.getKey())));
            }
        }
        Set<String> foreignAfter = foreignRows();
        foreignAfter.removeAll(foreignBefore);
        foreignAfter.forEach(row -> p.problem("another tenant now stores B's data: " + row));
        if (p.requests == 0) {
            p.problem("no request was sent for " + route.key() + ": the case is vacuous");
        }
        System.out.printf("  isolation case %-45s %4d requests, %d problem(s)%n", route.key(), p.requests, p.problems.size());
        return p.problems;
    }

    private void byId(Probe p, Map<String, Kind> kinds) {
        RouteTable.Route route = p.route;
        List<String> variables = route.pathVariables();
        int attempts = 0;
        for (String v : variables) {
            attempts = Math.max(attempts, b.of(kinds.get(v)).size());
        }
        if (attempts == 0) {
            p.problem("tenant B has no " + kinds.values() + " to try: add one in Tenants.populate");
            return;
        }
        List<String> bPaths = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            Map<String, String> bIds = new LinkedHashMap<>();
            Map<String, String> randomIds = new LinkedHashMap<>();
            Tenant.Fixture target = null;
            for (String v : variables) {
                List<Tenant.Fixture> candidates = b.of(kinds.get(v));
                target = candidates.get(i % candidates.size());
                bIds.put(v, target.id());
                randomIds.put(v, UUID.randomUUID().toString());
            }
            String body = probeBody(route.method(), versionOf(b, target));
            bPaths.add(fill(route.template(), bIds));
            Http.Reply withB = p.send(a, request(route, fill(route.template(), bIds), body));
            Http.Reply withRandom = p.send(a, request(route, fill(route.template(), randomIds), body));
            if (withB.status() != 404 || (!isHead(route) && !"NOT_FOUND".equals(withB.errorCode()))) {
                p.problem("A reached B's " + target.label() + ": " + withB.request() + " → " + withB
                        + " (expected 404 NOT_FOUND, as for an unknown id)");
            }
            sameAsUnknown(p, withB, withRandom, substitutions(bIds.values(), randomIds.values(), "<id>"));
        }

        Map<String, String> ownIds = new LinkedHashMap<>();
        Tenant.Fixture own = null;
        for (String v : variables) {
            own = Tenants.fresh(a, kinds.get(v));
            ownIds.put(v, own.id());
        }
        String ownPath = fill(route.template(), ownIds);
        Http.Reply control = p.send(a, request(route, ownPath, probeBody(route.method(), own.version())));
        boolean controlOk = isRead(route) ? control.status() == 200 : control.status() != 404;
        if (!controlOk) {
            p.problem("control failed: the same request on A's own " + own.label() + " " + control.request() + " → "
                    + control + "; the rule maps the wrong kind or the body is not plausible (" + IsolationRules.WHERE + ")");
        }
        if (route.method().equals("GET")) {
            reads(p, ownPath, bPaths, control);
        }
        if (probeBody(route.method(), null) != null) {
            references(p, kinds);
        }
    }

    /**
     * A write on A's own object whose body points one reference field at B's object answers like a random id
     * would (each on a fresh object of A's, so that a state change by the first cannot decide the second).
     */
    private void references(Probe p, Map<String, Kind> kinds) {
        RouteTable.Route route = p.route;
        for (Map.Entry<String, Kind> field : IsolationRules.REFERENCE_FIELDS.entrySet()) {
            List<Tenant.Fixture> targets = b.representatives(field.getValue());
            if (targets.isEmpty()) {
                continue;
            }
            String bId = targets.get(0).id();
            String random = UUID.randomUUID().toString();
            Http.Reply withB = p.send(a, request(route, ownPath(route, kinds), referenceBody(field.getKey(), bId)));
            Http.Reply withRandom = p.send(a, request(route, ownPath(route, kinds), referenceBody(field.getKey(), random)));
            sameAsUnknown(p, withB, withRandom, substitutions(List.of(bId), List.of(random), "<id>"), true);
        }
    }

    private String ownPath(RouteTable.Route route, Map<String, Kind> kinds) {
        Map<String, String> ids = new LinkedHashMap<>();
        kinds.forEach((variable, kind) -> ids.put(variable, Tenants.fresh(a, kind).id()));
        return fill(route.template(), ids);
    }

    private String referenceBody(String field, String id) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(field, id);
        body.put("notes", "tenant-a-probe");
        return a.api.write(body);
    }

    private static boolean isHead(RouteTable.Route route) {
        return route.method().equals("HEAD");
    }

    private static boolean isRead(RouteTable.Route route) {
        return route.method().equals("GET") || isHead(route);
    }

    /**
     * A platform-admin route: tenant A's owner, who is no platform admin, is refused with 403 FORBIDDEN — with B's
     * tenant id in the path, and with its own — the answer holds nothing of B's, and B's rows are unchanged.
     */
    List<String> platform(RouteTable.Route route) {
        Probe p = new Probe(route);
        Map<String, String> rowsBefore = bState.snapshot();
        List<String> tenants = route.pathVariables().isEmpty() ? List.of("") : List.of(b.tenantId, a.tenantId);
        for (String tenant : tenants) {
            String path = route.template().replaceAll("\\{[^}]+}", tenant);
            String body = isRead(route) ? null : a.api.write(Map.of("plan", "pro"));
            Http.Reply reply = p.send(a, new Http.Request(route.method(), path, body));
            if (reply.status() != 403 || (!isHead(route) && !"FORBIDDEN".equals(reply.errorCode()))) {
                p.problem("A, no platform admin, was not refused: " + reply.request() + " → " + reply
                        + " (expected 403 FORBIDDEN)");
            }
        }
        p.problems.addAll(TenantState.differences(rowsBefore, bState.snapshot()));
        System.out.printf("  platform route %-45s %4d requests, %d problem(s)%n", route.key(), p.requests, p.problems.size());
        return p.problems;
    }

    /**
     * A route outside /v1 (out of scope): if it is a GET without path variables, A's token reads it once and the
     * answer must hold nothing of B's; the status is printed for the record.
     */
    List<String> outOfScope(RouteTable.Route route) {
        Probe p = new Probe(route);
        if (route.method().equals("GET") && route.pathVariables().isEmpty()) {
            Http.Reply reply = p.send(a, new Http.Request("GET", route.template(), null));
            System.out.printf("  out of scope: %s answers %d to tenant A's token%n", route.key(), reply.status());
        }
        return p.problems;
    }

    /**
     * A's list or read at {@code ownPath}; its filters; and a cursor B received on the same route ({@code bPaths}:
     * the route's paths for B's objects, tried until one has a second page).
     */
    private void reads(Probe p, String ownPath, List<String> bPaths, Http.Reply alreadyRead) {
        RouteTable.Route route = p.route;
        Http.Reply plain = alreadyRead != null ? alreadyRead : p.send(a, new Http.Request(route.method(), ownPath, null));
        if (plain.status() != 200) {
            p.problem("A's own read " + plain.request() + " → " + plain + " (expected 200)");
        }
        if (isHead(route)) {
            return;
        }
        for (String parameter : route.queryParameters()) {
            Kind kind = IsolationRules.QUERY_PARAMETERS.get(parameter);
            if (kind != null) {
                String ownValue = a.representatives(kind == Kind.ANY ? Kind.CONTACT : kind).get(0).id();
                Http.Reply control = p.send(a, new Http.Request("GET", query(ownPath, parameter, ownValue), null));
                if (control.status() != 200) {
                    p.problem("control failed: filter " + parameter + " with A's own id " + control.request() + " → " + control);
                }
                for (Tenant.Fixture f : b.of(kind)) {
                    String random = UUID.randomUUID().toString();
                    Http.Reply withB = p.send(a, new Http.Request("GET", query(ownPath, parameter, f.id()), null));
                    Http.Reply withRandom = p.send(a, new Http.Request("GET", query(ownPath, parameter, random), null));
                    expectNothing(p, withB, "filter " + parameter + " = B's " + f.label());
                    sameAsUnknown(p, withB, withRandom, substitutions(List.of(f.id()), List.of(random), "<id>"));
                }
            } else if (IsolationRules.SEARCH_PARAMETERS.contains(parameter)) {
                List<String> texts = new ArrayList<>(b.markerNames);
                texts.addAll(b.markerEmails);
                for (String text : texts) {
                    String random = "zz-tenant-x-" + unique.incrementAndGet();
                    Http.Reply withB = p.send(a, new Http.Request("GET", query(ownPath, parameter, text), null));
                    Http.Reply withRandom = p.send(a, new Http.Request("GET", query(ownPath, parameter, random), null));
                    expectNothing(p, withB, parameter + " = B's text '" + text + "'");
                    sameAsUnknown(p, withB, withRandom, substitutions(List.of(text), List.of(random), "<text>"));
                }
            } else if (IsolationRules.CURSOR_PARAMETERS.contains(parameter)) {
                for (String bPath : bPaths) {
                    Http.Reply bPage = b.api.get(query(bPath, "limit", "1"));
                    if (bPage.json() != null && bPage.json().get("meta") instanceof Map<?, ?> meta
                            && meta.get(parameter) instanceof String cursor) {
                        p.send(a, new Http.Request("GET", query(ownPath, parameter, cursor), null));
                        break;
                    }
                }
            }
        }
    }

    private void expectNothing(Probe p, Http.Reply reply, String what) {
        if (reply.ok() && reply.json() != null && reply.json().get("data") instanceof List<?> items && !items.isEmpty()) {
            p.problem("LEAK: " + what + " listed " + items.size() + " item(s): " + reply.request() + " → " + reply);
        }
    }

    /** Collection POSTs and singleton writes (no path id). */
    private void writes(Probe p) {
        RouteTable.Route route = p.route;
        if (route.consumesCsv()) {
            Http.Reply control = p.send(a, csv(route, "tenant-a-u" + unique.incrementAndGet(), null));
            if (!control.ok()) {
                p.problem("control failed: A's own import " + control.request() + " → " + control);
            }
            Tenant c = p.outsider();
            for (int i = 0; i < b.markerNames.size() && i < b.markerEmails.size(); i++) {
                String random = "zz-tenant-c-u" + unique.incrementAndGet();
                Http.Reply withB = p.send(c, csv(route, b.markerNames.get(i), b.markerEmails.get(i)));
                Http.Reply withRandom = p.send(c, csv(route, random, random + "@c.test"));
                sameAsUnknown(p, withB, withRandom, substitutions(List.of(b.markerNames.get(i), b.markerEmails.get(i)),
                        List.of(random, random + "@c.test"), "<text>"));
            }
            return;
        }
        Map<String, Object> exact = IsolationRules.EXACT_BODIES.get(route.key());
        if (exact != null) {
            Http.Reply control = p.send(a, request(route, route.template(), a.api.write(exact)));
            if (!control.ok()) {
                p.problem("control failed: A's own " + control.request() + " → " + control + " (fix EXACT_BODIES in "
                        + IsolationRules.WHERE + ")");
            }
            return;
        }
        Http.Reply control = p.send(a, request(route, route.template(), a.api.write(baseBody(route, a))));
        if (!control.ok()) {
            p.problem("control failed: A's own " + control.request() + " → " + control
                    + " (add the fields this route needs to BODY_FIELDS in " + IsolationRules.WHERE + ")");
        }
        for (Map.Entry<String, Kind> field : IsolationRules.REFERENCE_FIELDS.entrySet()) {
            for (Tenant.Fixture f : b.representatives(field.getValue())) {
                String random = UUID.randomUUID().toString();
                Map<String, Object> withB = baseBody(route, a);
                withB.put(field.getKey(), f.id());
                Map<String, Object> withRandom = baseBody(route, a);
                withRandom.put(field.getKey(), random);
                Http.Reply rb = p.send(a, request(route, route.template(), a.api.write(withB)));
                Http.Reply rr = p.send(a, request(route, route.template(), a.api.write(withRandom)));
                sameAsUnknown(p, rb, rr, substitutions(List.of(f.id()), List.of(random), "<id>"));
            }
        }
        Tenant c = p.outsider();
        for (String field : IsolationRules.MARKER_FIELDS) {
            List<String> texts = field.equals("email") ? b.markerEmails : b.markerNames;
            for (String text : texts) {
                String random = "zz-tenant-c-u" + unique.incrementAndGet() + (field.equals("email") ? "@c.test" : "");
                Map<String, Object> withB = baseBody(route, c);
                withB.put(field, text);
                Map<String, Object> withRandom = baseBody(route, c);
                withRandom.put(field, random);
                Http.Reply rb = p.send(c, request(route, route.template(), c.api.write(withB)));
                Http.Reply rr = p.send(c, request(route, route.template(), c.api.write(withRandom)));
                sameAsUnknown(p, rb, rr, substitutions(List.of(text), List.of(random), "<text>"));
            }
        }
    }

    /** C sends each request B sent with an Idempotency-Key on this route, key and all: no replay of B's answer. */
    private void replays(Probe p) {
        for (Tenant.KeyedRequest keyed : b.keyed) {
            if (!keyed.routeKey().equals(p.route.key())) {
                continue;
            }
            Tenant c = p.outsider();
            Http.Reply withBKey = p.send(c, keyed.request());
            if (withBKey.replayed()) {
                p.problem("LEAK: C's " + keyed.request() + " replayed B's response: " + withBKey);
            }
            Http.Reply withOwnKey = p.send(c, keyed.request().withKey("tenant-c-key-" + UUID.randomUUID()));
            if (withBKey.status() != withOwnKey.status()) {
                p.problem("LEAK (B's Idempotency-Key changes the answer): " + keyed.request() + " → " + withBKey
                        + " but with C's own key → " + withOwnKey);
            }
            if (!p.route.pathVariables().isEmpty() && withBKey.status() != 404) {
                p.problem("A replay of B's own request reached B's object: " + keyed.request() + " → " + withBKey);
            }
        }
    }

    /**
     * Fails when the two replies can be told apart: same status, and the same body once the request id, the
     * substituted values and (when both succeeded: new ids, times and document numbers) are masked.
     */
    private void sameAsUnknown(Probe p, Http.Reply withB, Http.Reply withRandom, Map<String, String> substitutions) {
        sameAsUnknown(p, withB, withRandom, substitutions, withB.ok() && withRandom.ok());
    }

    /** As above; {@code loose}: also mask ids, times, numbers and generated names (two different objects of A's). */
    private void sameAsUnknown(Probe p, Http.Reply withB, Http.Reply withRandom, Map<String, String> substitutions,
                               boolean loose) {
        String left = normalize(withB, substitutions, loose);
        String right = normalize(withRandom, substitutions, loose);
        if (withB.status() != withRandom.status() || !left.equals(right)) {
            p.problem("LEAK (distinguishable from an unknown value): " + withB.request() + " → " + withB + " but "
                    + withRandom.request() + " → " + withRandom);
        }
    }

    private String normalize(Http.Reply reply, Map<String, String> substitutions, boolean loose) {
        String text;
        if (reply.json() != null) {
            Map<String, Object> copy = new LinkedHashMap<>(reply.json());
            if (copy.get("meta") instanceof Map<?, ?> meta) {
                Map<Object, Object> m = new LinkedHashMap<>(meta);
                m.remove("request_id");
                copy.put("meta", m);
            }
            text = a.api.write(copy);
        } else {
            text = reply.text();
        }
        for (Map.Entry<String, String> s : substitutions.entrySet()) {
            text = text.replace(s.getKey(), s.getValue());
        }
        if (loose) {
            text = UUID_TEXT.matcher(text).replaceAll("<uuid>");
            text = TIME_TEXT.matcher(text).replaceAll("<time>");
            text = NUMBER_TEXT.matcher(text).replaceAll("<number>");
            text = UNIQUE_TEXT.matcher(text).replaceAll("<unique>");
            text = SECRET_FIELD.matcher(text).replaceAll("\"$1\":\"<secret>\"");
        }
        return text;
    }

    private static Map<String, String> substitutions(Iterable<String> bValues, Iterable<String> randomValues, String mask) {
        Map<String, String> out = new LinkedHashMap<>();
        bValues.forEach(v -> out.put(v, mask));
        randomValues.forEach(v -> out.put(v, mask));
        return out;
    }

    /** The generic body of a collection or singleton write: A's (or C's) own references, plausible content. */
    private Map<String, Object> baseBody(RouteTable.Route route, Tenant as) {
        String u = "tenant-" + as.name.toLowerCase() + "-u" + unique.incrementAndGet();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("display_name", u);
        body.put("title", u);
        body.put("email", u + "@" + as.name.toLowerCase() + ".test");
        body.put("notes", u);
        body.put("role", "VIEWER");
        body.put("line_items", List.of(Map.of("name", u, "qty", 1, "rate", "10.00")));
        body.put("provider", "CASH");
        body.put("amount", "1.00");
        body.put("tenant_id", b.tenantId);
        for (Map.Entry<String, Kind> field : IsolationRules.REFERENCE_FIELDS.entrySet()) {
            Kind kind = field.getValue() == Kind.ANY ? Kind.CONTACT : field.getValue();
            if (kind == Kind.INVOICE) {
                body.put(field.getKey(), as.of(kind).stream().filter(f -> f.label().contains("SENT")).findFirst()
                        .orElseThrow().id());
            } else if (!as.of(kind).isEmpty()) {
                body.put(field.getKey(), as.of(kind).get(0).id());
            }
        }
        body.putAll(IsolationRules.BODY_FIELDS.getOrDefault(route.key(), Map.of()));
        return body;
    }

    /** The body of a by-id request: plausible for every write (version, reason, amount, target…); none for GET/DELETE. */
    private String probeBody(String method, Long version) {
        if (method.equals("GET") || method.equals("DELETE") || method.equals("HEAD")) {
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (version != null) {
            body.put("if_match_version", version);
        }
        body.put("tenant_id", b.tenantId);
        body.put("title", "tenant-a-probe");
        body.put("display_name", "tenant-a-probe");
        body.put("notes", "tenant-a-probe");
        body.put("reason", "tenant-a-probe");
        body.put("message", "tenant-a-probe");
        body.put("body", "tenant-a-probe");
        body.put("channel", "EMAIL");
        body.put("target", "INVOICE");
        body.put("amount", "1.00");
        body.put("provider", "CASH");
        body.put("role", "VIEWER");
        return a.api.write(body);
    }

    private static Long versionOf(Tenant owner, Tenant.Fixture f) {
        if (f.detailPath() == null) {
            return f.version();
        }
        Http.Reply view = owner.api.get(f.detailPath());
        return view.ok() && view.data().get("version") instanceof Number n ? n.longValue() : f.version();
    }

    private Http.Request csv(RouteTable.Route route, String name, String email) {
        String mail = email == null ? name + "@a.test" : email;
        return new Http.Request(route.method(), route.template(), "display_name,email\n" + name + "," + mail + "\n",
                "text/csv", null);
    }

    private static Http.Request request(RouteTable.Route route, String path, String body) {
        return new Http.Request(route.method(), path, body);
    }

    private static String fill(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> v : values.entrySet()) {
            path = path.replaceAll("\\{" + Pattern.quote(v.getKey()) + "[^}]*}", v.getValue());
        }
        return path;
    }

    private static String query(String path, String name, String value) {
        return path + (path.contains("?") ? "&" : "?") + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** B's detail views (read by B): path → data, or the status when B itself cannot read it. */
    private Map<String, Object> bViews() {
        Map<String, Object> views = new LinkedHashMap<>();
        for (Tenant.Fixture f : b.all()) {
            if (f.detailPath() != null) {
                Http.Reply view = b.api.get(f.detailPath());
                views.put(f.label() + " " + f.detailPath(), view.ok() ? view.data() : "status " + view.status());
            }
        }
        return views;
    }

    private Set<String> foreignRows() {
        Set<String> rows = new LinkedHashSet<>(bState.foreignRowsContaining(bIds, List.of()));
        rows.addAll(bState.foreignRowsContaining(List.of(B_PREFIX), outsiderIds));
        return rows;
    }

    private static String describe(Object view) {
        if (view instanceof Map<?, ?> m) {
            return "version " + m.get("version") + ", status " + m.get("status") + ", updated_at " + m.get("updated_at");
        }
        return String.valueOf(view);
    }
}
