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

/** The tenant's audit trail (spec smb-hub-prd.md 2.1 "Audit Log"); OWNER and ADMIN only. */
@Controller("/v1/audit-logs")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Audit")
public class AuditController {

    private final AuditQueries audit;

    public AuditController(AuditQueries audit) {
        this.audit = audit;
    }

    @Get
    @Operation(operationId = "listAuditLogs", summary = "List audit entries, newest first, optionally for one entity")
    public HttpResponse<Envelope<List<AuditEntryDto>>> list(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
            @Nullable @QueryValue("entity_id") @Parameter(schema = @Schema(format = "uuid")) String entityId,
            @Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        return Responses.page(request, audit.list(actor, QueryParams.uuid("entity_id", entityId),
                QueryParams.page(limit, cursor)), AuditEntryDto::of);
    }

    /** One audit entry with before/after snapshots (snake_case keys, money as {amount, currency}). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "AuditEntry")
    public record AuditEntryDto(UUID id, @Nullable UUID actorUserId, String action, String entityType, UUID entityId,
                                @Nullable Map<String, Object> before, @Nullable Map<String, Object> after,
                                @Nullable String requestId, Instant at) {
        static AuditEntryDto of(AuditEntryView v) {
            return new AuditEntryDto(v.id(), v.actorUserId(), v.action(), v.entityType(), v.entityId(), v.before(),
                    v.after(), v.requestId(), v.at());
        }
    }
}
