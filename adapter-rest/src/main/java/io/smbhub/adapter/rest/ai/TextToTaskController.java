package io.smbhub.adapter.rest.ai;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.smbhub.adapter.rest.http.ApiException;
import io.smbhub.adapter.rest.http.Envelope;
import io.smbhub.adapter.rest.http.IdempotentRequests;
import io.smbhub.adapter.rest.http.JsonInput;
import io.smbhub.adapter.rest.http.JsonObject;
import io.smbhub.adapter.rest.http.PathIds;
import io.smbhub.adapter.rest.http.Responses;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.ai.AiDraftUseCase;
import io.smbhub.application.port.in.ai.ParseView;
import io.smbhub.application.port.in.ai.TextToTaskUseCase;
import io.smbhub.application.port.in.job.JobQueries;
import io.smbhub.domain.shared.AiDraftId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FileId;
import io.smbhub.domain.shared.MessageId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Text-to-Task (spec smb-hub-prd.md 1.4.A, 10.5, Story 7.1; issue 6): turn an inbox message, pasted text, a stored
 * file or an uploaded document into an AI draft for review. Each request enqueues an {@code AI_PARSE} job and answers
 * 202 with the draft id and job id ({@code GET /v1/jobs/{id}} shows progress, {@code GET /v1/ai/drafts/{id}} the draft
 * once made); a message or file parsed before answers 200 with its existing draft. Nothing is ever sent or charged.
 * Every POST takes an {@code Idempotency-Key}. Errors: 403 FORBIDDEN (needs work write), 404 NOT_FOUND (message,
 * file), 422 VALIDATION_ERROR (empty or over-long text, a file without readable text), 413 PAYLOAD_TOO_LARGE (an upload
 * over 25 MiB), 503 AI_UNAVAILABLE (the configured model is down) and 429 QUOTA_EXCEEDED (the monthly AI budget is
 * used up), both with {@code Retry-After}.
 */
@Controller("/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "AI")
public class TextToTaskController {

    /** The one description of POST /v1/ai/drafts, whose JSON and multipart forms are two methods. */
    private static final String DRAFTS_DESCRIPTION = "application/json: {\"text\"} (at most 20,000 characters) or "
            + "{\"file_id\"} (a stored file with readable text, e.g. an email attachment; when both are sent the file is "
            + "parsed). multipart/form-data: the document as the part named file (text, or PDF with a text layer; at "
            + "most 25 MiB), stored as a file of the business. Answers 202 with the draft id and job; a file parsed "
            + "before answers 200 with its existing draft.";

    /** The largest upload accepted, in bytes (25 MiB, as for inbound email). */
    static final int MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

    private final TextToTaskUseCase textToTask;
    private final AiDraftUseCase drafts;
    private final JobQueries jobs;
    private final IdempotentRequests idempotent;

    public TextToTaskController(TextToTaskUseCase textToTask, AiDraftUseCase drafts, JobQueries jobs,
                                IdempotentRequests idempotent) {
        this.textToTask = textToTask;
        this.drafts = drafts;
        this.jobs = jobs;
        this.idempotent = idempotent;
    }

    @Post("/messages/{id}/ai/parse")
    @Operation(operationId = "parseMessageWithAi", summary = "Draft a work item, quote, invoice, expense or AR message from an inbox message",
            description = "Answers 202 with the draft id and the AI_PARSE job; a message parsed before answers 200 with "
                    + "its existing draft (existing: true) — never a second draft.")
    @ApiResponse(responseCode = "202", description = "Parsing in the background", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "Parsed before: the existing draft", useReturnTypeSchema = true)
    public HttpResponse<Envelope<ParseDto>> parseMessage(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                         @PathVariable String id, @Nullable @Body String body) {
        MessageId message = new MessageId(PathIds.parse("Message", id));
        JsonInput.object(body);
        return parse(actor, request, body, () -> textToTask.parseMessage(actor, message));
    }

    @Post("/ai/drafts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAiDraft", summary = "Draft from pasted text or a stored file (JSON), or from an uploaded document (multipart)",
            description = DRAFTS_DESCRIPTION)
    @RequestBody(content = {@Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AiDraftDto.ParseRequest.class)),
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = UploadForm.class))})
    @ApiResponse(responseCode = "202", description = "Parsing in the background", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "The file was parsed before: its existing draft", useReturnTypeSchema = true)
    public HttpResponse<Envelope<ParseDto>> create(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                   @Nullable @Body String body) {
        JsonObject json = JsonInput.object(body);
        UUID file = json.uuid("file_id");
        String text = json.string("text");
        return parse(actor, request, body, () -> file != null
                ? textToTask.parseFile(actor, new FileId(file))
                : textToTask.parseText(actor, text));
    }

    @Post("/ai/drafts")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "createAiDraft", summary = "Draft from pasted text or a stored file (JSON), or from an uploaded document (multipart)",
            description = DRAFTS_DESCRIPTION)
    @RequestBody(content = {@Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AiDraftDto.ParseRequest.class)),
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = UploadForm.class))})
    @ApiResponse(responseCode = "202", description = "Parsing in the background", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "The file was parsed before: its existing draft", useReturnTypeSchema = true)
    public HttpResponse<Envelope<ParseDto>> upload(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                   @Nullable @Part("file") CompletedFileUpload file) {
        if (file == null) {
            throw ApiException.invalid("file", "Send the document as the multipart part named \"file\"");
        }
        if (file.getSize() > MAX_UPLOAD_BYTES) {
            throw tooLarge(file.getSize());
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
        if (bytes.length > MAX_UPLOAD_BYTES) {
            throw tooLarge(bytes.length);
        }
        String mimeType = file.getContentType().map(MediaType::toString).orElse(MediaType.APPLICATION_OCTET_STREAM);
        String fileName = file.getFilename();
        String fingerprint = "multipart file=" + fileName + " type=" + mimeType + " sha256=" + sha256(bytes);
        return parse(actor, request, fingerprint, () -> textToTask.parseUpload(actor, fileName, mimeType, bytes));
    }

    @Get("/ai/drafts/{id}")
    @Operation(operationId = "getAiDraft", summary = "An AI draft (as the QC queue shows it at GET /v1/ops/ai-drafts/{id})")
    public HttpResponse<Envelope<AiDraftDto>> get(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                  @PathVariable String id) {
        return Responses.ok(request, AiDraftDto.of(drafts.get(actor, draftId(id))));
    }

    /** Documentation of the multipart form of POST /v1/ai/drafts. */
    @Schema(name = "AiUploadForm")
    public record UploadForm(@Schema(type = "string", format = "binary", description = "The document, at most 25 MiB") String file) {
    }

    /**
     * Runs a parse through the idempotency keys: 202 while the draft is being made, 200 when it already existed; a
     * replay answers the status of the first call and the draft and job as they are now.
     */
    private HttpResponse<Envelope<ParseDto>> parse(Actor actor, HttpRequest<?> request, @Nullable String body,
                                                   Supplier<ParseView> operation) {
        AtomicReference<ParseView> fresh = new AtomicReference<>();
        AtomicReference<ParseResult> outcome = new AtomicReference<>();
        MutableHttpResponse<Envelope<ParseDto>> response = idempotent.respond(actor, request, body, HttpStatus.ACCEPTED,
                () -> {
                    fresh.set(operation.get());
                    return ParseResult.of(fresh.get()).encode();
                }, result -> {
                    outcome.set(ParseResult.decode(result));
                    return fresh.get() != null ? ParseDto.of(fresh.get()) : replayed(actor, outcome.get());
                });
        return response.status(outcome.get().hadDraft() ? HttpStatus.OK : HttpStatus.ACCEPTED);
    }

    /** The answer of a replayed parse: the same draft id and job, their state now (the draft null until made). */
    private ParseDto replayed(Actor actor, ParseResult first) {
        AiDraftDto draft;
        try {
            draft = AiDraftDto.of(drafts.get(actor, new AiDraftId(first.draftId())));
        } catch (DomainException e) {
            if (e.code() != ErrorCode.NOT_FOUND || first.hadDraft()) {
                throw e;
            }
            draft = null;
        }
        String status = first.jobId() != null ? jobs.get(actor, first.jobId()).status() : "SUCCEEDED";
        return new ParseDto(first.draftId(), first.jobId(), status, first.existing(), draft);
    }

    private static ApiException tooLarge(long size) {
        return new ApiException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "PAYLOAD_TOO_LARGE", "The file is " + size
                + " bytes; at most " + MAX_UPLOAD_BYTES + " bytes (25 MiB) are accepted", List.of());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    static AiDraftId draftId(String id) {
        return new AiDraftId(PathIds.parse("AI draft", id));
    }
}
