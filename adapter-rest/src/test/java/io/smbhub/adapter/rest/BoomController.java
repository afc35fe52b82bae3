package io.smbhub.adapter.rest;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import org.slf4j.MDC;

import java.util.Map;
import java.util.TreeMap;

/** Test-only routes: an unexpected failure (500 envelope hides details) and the MDC seen by a blocking controller. */
@Controller
@Hidden
@Requires(property = "smbhub.test.in-memory-core", value = "true")
public class BoomController {

    @Get("/test/boom")
    public String boom() {
        throw new IllegalStateException("secret internal detail 42");
    }

    @Get("/v1/test-mdc")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public Map<String, String> mdc() {
        Map<String, String> copy = MDC.getCopyOfContextMap();
        return copy == null ? Map.of() : new TreeMap<>(copy);
    }
}
