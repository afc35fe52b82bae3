package io.smbhub.adapter.rest.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.smbhub.adapter.rest.http.Envelope;
import io.smbhub.adapter.rest.http.IdempotentRequests;
import io.smbhub.adapter.rest.http.JsonInput;
import io.smbhub.adapter.rest.http.JsonObject;
import io.smbhub.adapter.rest.http.PathIds;
import io.smbhub.adapter.rest.http.QueryParams;
import io.smbhub.adapter.rest.http.Responses;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.contact.ContactPatch;
import io.smbhub.application.port.in.contact.ContactQueries;
import io.smbhub.application.port.in.contact.CreateContactCommand;
import io.smbhub.application.port.in.contact.CreateContactUseCase;
import io.smbhub.application.port.in.contact.DeleteContactUseCase;
import io.smbhub.application.port.in.contact.ImportContactsUseCase;
import io.smbhub.application.port.in.contact.UpdateContactCommand;
import io.smbhub.application.port.in.contact.UpdateContactUseCase;
import io.smbhub.domain.contact.Address;
import io.smbhub.domain.contact.ContactDetails;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.contact.ContactStatus;
import io.smbhub.domain.contact.ContactType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** Contacts (spec smb-hub-prd.md 2.3 "Contacts", 12.3.2) and CSV import. */
@Controller("/v1/contacts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Contacts")
public class ContactController {

    private final CreateContactUseCase create;
    private final UpdateContactUseCase update;
    private final DeleteContactUseCase delete;
    private final ImportContactsUseCase importContacts;
    private final ContactQueries queries;
    private final IdempotentRequests idempotent;

    public ContactController(CreateContactUseCase create, UpdateContactUseCase update, DeleteContactUseCase delete,
                             ImportContactsUseCase importContacts, ContactQueries queries, IdempotentRequests idempotent) {
        this.create = create;
        this.update = update;
        this.delete = delete;
        this.importContacts = importContacts;
        this.queries = queries;
        this.idempotent = idempotent;
    }

    @Get
    @Operation(operationId = "listContacts", summary = "List contacts, newest first; q searches name, company, email and phone")
    public HttpResponse<Envelope<List<ContactDto>>> list(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
            @Nullable @QueryValue @Parameter(schema = @Schema(implementation = ContactType.class)) String type,
            @Nullable @QueryValue @Parameter(schema = @Schema(implementation = ContactStatus.class)) String status,
            @Nullable @QueryValue String q, @Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        var query = new ContactQueries.ListQuery(QueryParams.enumValue("type", type, ContactType.class),
                QueryParams.enumValue("status", status, ContactStatus.class), QueryParams.text(q),
                QueryParams.page(limit, cursor));
        return Responses.page(request, queries.list(actor, query), ContactDto::of);
    }

    @Post
    @Operation(operationId = "createContact", summary = "Create a contact")
    @RequestBody(content = @Content(schema = @Schema(implementation = ContactDto.Request.class)))
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    public HttpResponse<Envelope<ContactDto>> create(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                     @Nullable @Body String body) {
        JsonObject json = JsonInput.object(body);
        JsonObject address = json.object("address");
        ContactDetails details = new ContactDetails(json.enumValue("type", ContactType.class), json.string("display_name"),
                json.string("company_name"), json.string("email"), json.string("phone"),
                address == null ? null : new Address(address.string("line1"), address.string("line2"),
                        address.string("city"), address.string("region"), address.string("postal_code"),
                        address.string("country")),
                json.strings("tags"), json.string("notes"), json.enumValue("status", ContactStatus.class));
        return idempotent.respond(actor, request, body, HttpStatus.CREATED,
                () -> create.create(actor, new CreateContactCommand(details)).id().toString(),
                id -> ContactDto.of(queries.get(actor, new ContactId(UUID.fromString(id)))));
    }

    @Get("/{id}")
    @Operation(operationId = "getContact", summary = "Get a contact")
    public HttpResponse<Envelope<ContactDto>> get(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                  @PathVariable String id) {
        return Responses.ok(request, ContactDto.of(queries.get(actor, contactId(id))));
    }

    @Patch("/{id}")
    @Operation(operationId = "updateContact", summary = "Update a contact: absent fields unchanged, null clears; if_match_version guards against lost updates")
    @RequestBody(content = @Content(schema = @Schema(implementation = ContactDto.Request.class)))
    public HttpResponse<Envelope<ContactDto>> patch(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                    @PathVariable String id, @Nullable @Body String body) {
        ContactId contactId = contactId(id);
        JsonObject json = JsonInput.object(body);
        JsonObject address = json.object("address");
        boolean clearAddress = json.isNull("address");
        ContactPatch patch = new ContactPatch(json.enumValue("type", ContactType.class), json.string("display_name"),
                json.clearableString("company_name"), json.clearableString("email"), json.clearableString("phone"),
                addressPart(address, clearAddress, "line1"), addressPart(address, clearAddress, "line2"),
                addressPart(address, clearAddress, "city"), addressPart(address, clearAddress, "region"),
                addressPart(address, clearAddress, "postal_code"), addressPart(address, clearAddress, "country"),
                json.isNull("tags") ? List.of() : json.strings("tags"), json.clearableString("notes"),
                json.enumValue("status", ContactStatus.class));
        Long expected = json.longValue("if_match_version");
        return Responses.updated(request, expected,
                () -> ContactDto.of(update.update(actor, new UpdateContactCommand(contactId, expected, patch))),
                () -> ContactDto.of(queries.get(actor, contactId)));
    }

    @Delete("/{id}")
    @Operation(operationId = "deleteContact", summary = "Delete (soft) a contact")
    @ApiResponse(responseCode = "204", description = "Deleted")
    public HttpResponse<Void> delete(@Parameter(hidden = true) Actor actor, @PathVariable String id) {
        delete.delete(actor, contactId(id));
        return HttpResponse.noContent();
    }

    @Post("/import")
    @Consumes({"text/csv", "application/csv"})
    @Operation(operationId = "importContacts", summary = "Import contacts from CSV (header row; display_name, type, email, phone, company_name, "
            + "address_line1, address_line2, city, region, postal_code, country, tags separated by ;, notes); "
            + "duplicates are skipped, bad rows reported by line")
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    public HttpResponse<Envelope<ContactDto.ImportReportDto>> importCsv(@Parameter(hidden = true) Actor actor,
                                                                         HttpRequest<?> request, @Nullable @Body String body) {
        List<ImportContactsUseCase.Row> rows = CsvContactRows.parse(body == null ? "" : body);
        return idempotent.respond(actor, request, body, HttpStatus.OK,
                () -> ImportReportCodec.encode(importContacts.importContacts(actor, rows)), ImportReportCodec::decode);
    }

    private static ContactId contactId(String id) {
        return new ContactId(PathIds.parse("Contact", id));
    }

    @Nullable
    private static String addressPart(@Nullable JsonObject address, boolean clearAll, String name) {
        if (clearAll) {
            return "";
        }
        return address == null ? null : address.clearableString(name);
    }
}
