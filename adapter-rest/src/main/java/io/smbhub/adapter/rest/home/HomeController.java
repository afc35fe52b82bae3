package io.smbhub.adapter.rest.home;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.adapter.rest.http.Envelope;
import io.smbhub.adapter.rest.http.MoneyDto;
import io.smbhub.adapter.rest.http.Responses;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.home.HomeQueries;
import io.smbhub.application.port.in.home.HomeSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/** The home snapshot (spec smb-hub-prd.md 2.3 "Home"). */
@Controller("/v1/home")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Home")
public class HomeController {

    private final HomeQueries home;

    public HomeController(HomeQueries home) {
        this.home = home;
    }

    @Get("/summary")
    @Operation(operationId = "getHomeSummary", summary = "Counts and money snapshot: unpaid, overdue, new work items, today's payments (per currency)")
    public HttpResponse<Envelope<SummaryDto>> summary(@Parameter(hidden = true) Actor actor, HttpRequest<?> request) {
        HomeSummary s = home.summary(actor);
        return Responses.ok(request, new SummaryDto(s.today(), s.unpaidCount(), MoneyDto.of(s.unpaidAmounts()),
                s.overdueCount(), MoneyDto.of(s.overdueAmounts()), s.newWorkItems(), MoneyDto.of(s.paymentsToday())));
    }

    /** The snapshot for the tenant's {@code today}. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "HomeSummary")
    public record SummaryDto(LocalDate today, long unpaidCount, List<MoneyDto> unpaidAmounts, long overdueCount,
                             List<MoneyDto> overdueAmounts, long newWorkItems, List<MoneyDto> paymentsToday) {
    }
}
