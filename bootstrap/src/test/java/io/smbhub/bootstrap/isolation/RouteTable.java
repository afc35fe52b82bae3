package io.smbhub.bootstrap.isolation;

import io.micronaut.core.type.Argument;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application's routes as Micronaut's {@link Router} knows them: method, URI template, the names of
 * its path variables and query parameters, and the media types it consumes. Nothing here is hand-listed.
 */
final class RouteTable {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/?]+)}");

    /** One route: {@code GET /v1/invoices/{id}}. */
    record Route(String method, String template, List<String> pathVariables, List<String> queryParameters,
                 List<String> consumes) {

        String key() {
            return method + " " + template;
        }

        boolean isV1() {
            return template.equals("/v1") || template.startsWith("/v1/");
        }

        /** The literal segment just before a path variable ({@code invoices} for {@code /v1/invoices/{id}/send}). */
        String segmentBefore(String variable) {
            String[] segments = template.split("/");
            for (int i = 1; i < segments.length; i++) {
                if (segments[i].equals("{" + variable + "}")) {
                    return segments[i - 1];
                }
            }
            return "";
        }

        boolean consumesCsv() {
            return consumes.stream().anyMatch(c -> c.contains("csv"));
        }

        @Override
        public String toString() {
            return key();
        }
    }

    private RouteTable() {
    }

    static List<Route> of(Router router) {
        List<Route> routes = new ArrayList<>();
        router.uriRoutes().forEach(route -> routes.add(describe(route)));
        routes.sort(Comparator.comparing(Route::template).thenComparing(Route::method));
        return routes.stream().distinct().toList();
    }

    private static Route describe(UriRouteInfo<?, ?> route) {
        String template = route.getUriMatchTemplate().toString();
        List<String> variables = new ArrayList<>();
        Matcher m = VARIABLE.matcher(template);
        while (m.find()) {
            variables.add(m.group(1).replaceAll("[:*+].*$", ""));
        }
        List<String> query = new ArrayList<>();
        for (Argument<?> argument : route.getTargetMethod().getArguments()) {
            if (argument.getAnnotationMetadata().hasAnnotation(QueryValue.class)) {
                query.add(argument.getAnnotationMetadata().stringValue(QueryValue.class)
                        .filter(name -> !name.isBlank()).orElse(argument.getName()));
            }
        }
        List<String> consumes = route.getConsumes().stream().map(MediaType::toString).toList();
        return new Route(route.getHttpMethodName(), template, List.copyOf(variables), List.copyOf(query), consumes);
    }
}
