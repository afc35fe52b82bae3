package io.smbhub.adapter.rest.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.adapter.rest.http.Envelope;
import io.smbhub.adapter.rest.http.QueryParams;
import io.smbhub.adapter.rest.http.Responses;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.audit.AuditEntryView;
import io.smbhub.application.port.in.audit.AuditQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The tenant's audit trail (spec smb-hub-prd.md 2.1 "Audit Log", Epic 10); OWNER and ADMIN only. Filters combine
 * with AND; a malformed filter value is a 400 {@code VALIDATION_ERROR} naming the parameter, a {@code to} not
 * after {@code from} a 422.
 */
@Controller("/v1/audit-logs")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Audit")
public class AuditController {

    private final AuditQueries audit;

    public AuditController(AuditQueries audit) {
        this.audit = audit;
    }

    @Get
    @Operation(operationId = "listAuditLogs",
            summary = "List audit entries, newest first, filtered by entity, actor, action and time window (OWNER, ADMIN)")
    public HttpResponse<Envelope<List<AuditEntryDto>>> list(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
            @Nullable @QueryValue("entity_type") @Parameter(description = "exact, e.g. invoice, work_item, contact") String entityType,
            @Nullable @QueryValue("entity_id") @Parameter(schema = @Schema(format = "uuid")) String entityId,
            @Nullable @QueryValue("actor_user_id") @Parameter(schema = @Schema(format = "uuid")) String actorUserId,
            @Nullable @QueryValue @Parameter(description = "exact, e.g. invoice.sent") String action,
            @Nullable @QueryValue @Parameter(description = "inclusive, ISO-8601 UTC", schema = @Schema(format = "date-time")) String from,
            @Nullable @QueryValue @Parameter(description = "exclusive, ISO-8601 UTC", schema = @Schema(format = "date-time")) String to,
            @Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        var query = new AuditQueries.ListQuery(QueryParams.text(entityType), QueryParams.uuid("entity_id", entityId),
                QueryParams.uuid("actor_user_id", actorUserId), QueryParams.text(action),
                QueryParams.instant("from", from), QueryParams.instant("to", to), QueryParams.page(limit, cursor));
        return Responses.page(request, audit.list(actor, query), AuditEntryDto::of);
    }

    /**
     * One audit entry with before/after snapshots (snake_case keys, money as {amount, currency}) and the
     * top-level keys that differ between them.
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "AuditEntry")
    public record AuditEntryDto(UUID id, @Nullable UUID actorUserId, String action, String entityType,
                                @Nullable UUID entityId, @Nullable Map<String, Object> before,
                                @Nullable Map<String, Object> after, List<String> changedFields,
                                @Nullable String requestId, Instant at) {
        public static AuditEntryDto of(AuditEntryView v) {
            return new AuditEntryDto(v.id(), v.actorUserId(), v.action(), v.entityType(), v.entityId(), v.before(),
                    v.after(), v.changedFields(), v.requestId(), v.at());
        }
    }
}
