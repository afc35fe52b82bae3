package io.smbhub.bootstrap.isolation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the suite treats one route, decided from {@link IsolationRules} alone: a public auth route, a platform-admin
 * route (refused to tenant members), out of scope (outside /v1), an isolation case (with the kind of B's id for each
 * path variable), or missing a rule.
 */
record Classification(RouteTable.Route route, Verdict verdict, String reason, Map<String, Kind> pathKinds) {

    enum Verdict { PUBLIC, PLATFORM, OUT_OF_SCOPE, CASE, MISSING }

    static Classification of(RouteTable.Route route) {
        if (!route.isV1()) {
            String reason = IsolationRules.OUT_OF_SCOPE.get(route.key());
            if (reason == null && route.method().equals("HEAD")) {
                reason = IsolationRules.OUT_OF_SCOPE.get("GET " + route.template());
            }
            return reason != null
                    ? new Classification(route, Verdict.OUT_OF_SCOPE, reason, Map.of())
                    : missing(route, "it is outside /v1 and not listed in IsolationRules.OUT_OF_SCOPE");
        }
        String publicReason = IsolationRules.PUBLIC_ROUTES.get(route.key());
        if (publicReason != null) {
            return new Classification(route, Verdict.PUBLIC, publicReason, Map.of());
        }
        String platformReason = IsolationRules.PLATFORM_ROUTES.get(route.key());
        if (platformReason == null && route.method().equals("HEAD")) {
            platformReason = IsolationRules.PLATFORM_ROUTES.get("GET " + route.template());
        }
        if (platformReason != null) {
            return new Classification(route, Verdict.PLATFORM, platformReason, Map.of());
        }
        Map<String, Kind> kinds = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String variable : route.pathVariables()) {
            Kind kind = IsolationRules.PATH_VARIABLES.get(variable);
            if (kind == null) {
                kind = IsolationRules.PATH_SEGMENTS.get(route.segmentBefore(variable));
            }
            if (kind == null) {
                unknown.add("path variable {" + variable + "} after segment '" + route.segmentBefore(variable)
                        + "' (add the segment to PATH_SEGMENTS or the variable to PATH_VARIABLES)");
            } else {
                kinds.put(variable, kind);
            }
        }
        for (String parameter : route.queryParameters()) {
            if (!IsolationRules.QUERY_PARAMETERS.containsKey(parameter)
                    && !IsolationRules.SEARCH_PARAMETERS.contains(parameter)
                    && !IsolationRules.CURSOR_PARAMETERS.contains(parameter)
                    && !IsolationRules.NEUTRAL_QUERY_PARAMETERS.contains(parameter)) {
                unknown.add("query parameter '" + parameter + "' (add it to QUERY_PARAMETERS if it names an object, "
                        + "else to NEUTRAL_QUERY_PARAMETERS)");
            }
        }
        if (!unknown.isEmpty()) {
            return missing(route, String.join("; ", unknown));
        }
        return new Classification(route, Verdict.CASE, "isolation case", Collections.unmodifiableMap(kinds));
    }

    private static Classification missing(RouteTable.Route route, String why) {
        return new Classification(route, Verdict.MISSING,
                "no isolation case for " + route.key() + ": add one in " + IsolationRules.WHERE + " (" + why + ")", Map.of());
    }
}
