package io.smbhub.adapter.rest.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.adapter.rest.audit.AuditController.AuditEntryDto;
import io.smbhub.adapter.rest.http.Envelope;
import io.smbhub.adapter.rest.http.MoneyDto;
import io.smbhub.adapter.rest.http.PathIds;
import io.smbhub.adapter.rest.http.QueryParams;
import io.smbhub.adapter.rest.http.Responses;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.timeline.TimelineItemView;
import io.smbhub.application.port.in.timeline.TimelineQueries;
import io.smbhub.application.port.in.timeline.TimelineSubject;
import io.smbhub.domain.shared.ContactId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Timelines (spec smb-hub-prd.md 2.3, 12.3.2): a work item's, quote's, invoice's or payment's own audit entries,
 * and a contact's linked objects and audit entries merged. Readable by whoever may read the object (VIEWER
 * included); newest first; {@code limit} and the opaque {@code cursor} as every list. An id that is malformed,
 * unknown or another business's is a 404.
 */
@Controller("/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Timelines")
public class TimelineController {

    private final TimelineQueries timelines;

    public TimelineController(TimelineQueries timelines) {
        this.timelines = timelines;
    }

    @Get("/work-items/{id}/timeline")
    @Operation(operationId = "getWorkItemTimeline", summary = "A work item's audit entries, newest first")
    public HttpResponse<Envelope<List<AuditEntryDto>>> workItem(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
            @PathVariable String id, @Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        return objectTimeline(actor, request, TimelineSubject.WORK_ITEM, PathIds.parse("Work item", id), limit, cursor);
    }

    @Get("/quotes/{id}/timeline")
    @Operation(operationId = "getQuoteTimeline", summary = "A quote's audit entries, newest first")
    public HttpResponse<Envelope<List<AuditEntryDto>>> quote(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
            @PathVariable String id, @Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        return objectTimeline(actor, request, TimelineSubject.QUOTE, PathIds.parse("Quote", id), limit, cursor);
    }

    @Get("/invoices/{id}/timeline")
    @Operation(operationId = "getInvoiceTimeline", summary = "An invoice's audit entries, newest first")
    public HttpResponse<Envelope<List<AuditEntryDto>>> invoice(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
            @PathVariable String id, @Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        return objectTimeline(actor, request, TimelineSubject.INVOICE, PathIds.parse("Invoice", id), limit, cursor);
    }

    @Get("/payments/{id}/timeline")
    @Operation(operationId = "getPaymentTimeline", summary = "A payment's audit entries, newest first")
    public HttpResponse<Envelope<List<AuditEntryDto>>> payment(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
            @PathVariable String id, @Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        return objectTimeline(actor, request, TimelineSubject.PAYMENT, PathIds.parse("Payment", id), limit, cursor);
    }

    @Get("/contacts/{id}/timeline")
    @Operation(operationId = "getContactTimeline", summary = "A contact's work items, quotes, invoices, payments and "
            + "audit entries merged newest first; kinds the role may not read are left out")
    public HttpResponse<Envelope<List<TimelineItemDto>>> contact(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
            @PathVariable String id, @Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        ContactId contact = new ContactId(PathIds.parse("Contact", id));
        return Responses.page(request, timelines.contactTimeline(actor, contact, QueryParams.page(limit, cursor)),
                TimelineItemDto::of);
    }

    private HttpResponse<Envelope<List<AuditEntryDto>>> objectTimeline(Actor actor, HttpRequest<?> request,
            TimelineSubject subject, UUID id, @Nullable String limit, @Nullable String cursor) {
        return Responses.page(request, timelines.objectTimeline(actor, subject, id, QueryParams.page(limit, cursor)),
                AuditEntryDto::of);
    }

    /** One contact-timeline row (spec 12.3.2): what it is, its id, a title, when, and its status and amount if any. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "TimelineItem")
    public record TimelineItemDto(
            @Schema(allowableValues = {"work_item", "quote", "invoice", "payment", "audit"}) String type,
            UUID id, @Schema(example = "Invoice #INV-000042") String title, Instant at, @Nullable String status,
            @Nullable MoneyDto amount) {
        static TimelineItemDto of(TimelineItemView v) {
            return new TimelineItemDto(v.type(), v.id(), v.title(), v.at(), v.status(), MoneyDto.of(v.amount()));
        }
    }
}
