package io.smbhub.application.service.ai;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.ai.ParseView;
import io.smbhub.application.port.in.ai.TextToTaskUseCase;
import io.smbhub.application.port.out.AiDraftRepository;
import io.smbhub.application.port.out.ConversationRepository;
import io.smbhub.application.port.out.FileRepository;
import io.smbhub.application.port.out.FileStorage;
import io.smbhub.application.port.out.FileTextReader;
import io.smbhub.application.port.out.IdGenerator;
import io.smbhub.application.port.out.JobQueue;
import io.smbhub.application.port.out.LanguageModel;
import io.smbhub.application.port.out.MessageRepository;
import io.smbhub.application.port.out.StoredFile;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.port.out.UserAccountRepository;
import io.smbhub.application.service.job.JobHandler;
import io.smbhub.application.service.job.JobPayloads;
import io.smbhub.application.service.support.Access;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.application.service.support.Documents;
import io.smbhub.application.service.support.Sha256;
import io.smbhub.domain.ai.AiDraft;
import io.smbhub.domain.ai.AiDraftSource;
import io.smbhub.domain.ai.AiFeature;
import io.smbhub.domain.ai.AiSettings;
import io.smbhub.domain.inbox.Message;
import io.smbhub.domain.shared.AiDraftId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FileId;
import io.smbhub.domain.shared.MessageId;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.tenant.Permission;
import io.smbhub.domain.tenant.Tenant;
import io.smbhub.domain.tenant.TenantMember;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Text-to-Task ({@link TextToTaskUseCase}; spec smb-hub-prd.md 1.4.A, 10.5, Story 7.1; issue 6) and the
 * {@code AI_PARSE} job that does the work.
 *
 * <p>A request only checks access, guards against duplicates and enqueues the job (keyed by the message or file, so
 * a second request answers the same job or draft). The job reads the source text in a tenant transaction, extracts
 * outside any transaction — with the language model when it is available, and with the offline rule-based
 * extractor when no model is configured or the model call fails (the job never loses an acknowledged request to a
 * model outage) — then stores the draft in PENDING_QC and, when the tenant turned auto-apply on and the model's
 * confidence reaches the threshold, applies it as the member who asked (creating DRAFT/NEW objects only).
 * Pasted text is kept as a tenant file (not in the job row, which has no row-level security).
 */
public final class TextToTaskService implements TextToTaskUseCase, JobHandler {

    /** The longest text parsed, in characters. */
    public static final int MAX_TEXT = 20_000;
    private static final long MAX_UPLOAD = 25L * 1024 * 1024;
    private static final System.Logger LOG = System.getLogger(TextToTaskService.class.getName());

    private final AiDraftRepository drafts;
    private final MessageRepository messages;
    private final ConversationRepository conversations;
    private final FileRepository files;
    private final FileStorage storage;
    private final FileTextReader textReader;
    private final JobQueue jobs;
    private final LanguageModel model;
    private final DraftExtractor rules;
    private final DraftExtractor modelExtractor;
    private final AiBudget budget;
    private final AiDraftService draftService;
    private final UserAccountRepository users;
    private final Documents documents;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final IdGenerator ids;
    private final Auditor auditor;

    public TextToTaskService(AiDraftRepository drafts, MessageRepository messages, ConversationRepository conversations,
                             FileRepository files, FileStorage storage, FileTextReader textReader, JobQueue jobs,
                             LanguageModel model, AiBudget budget, AiDraftService draftService,
                             UserAccountRepository users, Documents documents, TransactionRunner tx, TimeSource clock,
                             IdGenerator ids, Auditor auditor) {
        this.drafts = drafts;
        this.messages = messages;
        this.conversations = conversations;
        this.files = files;
        this.storage = storage;
        this.textReader = textReader;
        this.jobs = jobs;
        this.model = model;
        this.rules = new RuleBasedExtractor();
        this.modelExtractor = new ModelDraftExtractor(model);
        this.budget = budget;
        this.draftService = draftService;
        this.users = users;
        this.documents = documents;
        this.tx = tx;
        this.clock = clock;
        this.ids = ids;
        this.auditor = auditor;
    }

    @Override
    public ParseView parseMessage(Actor actor, MessageId messageId) {
        Access.require(actor, Permission.WORK_WRITE);
        Access.require(actor, Permission.INBOX_READ);
        return tx.inTenant(actor.tenantId(), () -> {
            Message message = messages.findById(actor.tenantId(), messageId)
                    .filter(m -> visible(actor, m))
                    .orElseThrow(() -> DomainException.notFound("Message", messageId));
            if (text(message).isBlank()) {
                throw DomainException.invalid("message", "Message " + messageId + " has no text to parse");
            }
            return request(actor, AiDraftSource.MESSAGE, message.id().value());
        });
    }

    @Override
    public ParseView parseText(Actor actor, String text) {
        Access.require(actor, Permission.WORK_WRITE);
        String clean = requireText(text, "text");
        return tx.inTenant(actor.tenantId(), () -> {
            StoredFile file = store(actor, "pasted-text.txt", "text/plain; charset=utf-8",
                    clean.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return request(actor, AiDraftSource.MANUAL, file.id().value());
        });
    }

    @Override
    public ParseView parseFile(Actor actor, FileId fileId) {
        Access.require(actor, Permission.WORK_WRITE);
        return tx.inTenant(actor.tenantId(), () -> {
            StoredFile file = files.findById(actor.tenantId(), fileId)
                    .orElseThrow(() -> DomainException.notFound("File", fileId));
            if (file.linkedEntityType() == StoredFile.LinkedEntity.MESSAGE) {
                Access.require(actor, Permission.INBOX_READ);
                messages.findById(actor.tenantId(), new MessageId(file.linkedEntityId())).filter(m -> visible(actor, m))
                        .orElseThrow(() -> DomainException.notFound("File", fileId));
            }
            return request(actor, AiDraftSource.FILE, file.id().value());
        });
    }

    @Override
    public ParseView parseUpload(Actor actor, String fileName, String mimeType, byte[] bytes) {
        Access.require(actor, Permission.WORK_WRITE);
        if (bytes == null || bytes.length == 0) {
            throw DomainException.invalid("file", "The uploaded file is empty");
        }
        if (bytes.length > MAX_UPLOAD) {
            throw DomainException.invalid("file", "The uploaded file is larger than 25 MiB");
        }
        String type = mimeType == null || mimeType.isBlank() ? "application/octet-stream" : mimeType.strip();
        if (textReader.read(type, bytes).map(String::isBlank).orElse(true)) {
            throw DomainException.invalid("file", "No readable text in " + fileName + " (" + type
                    + "); upload a text or PDF document with a text layer, or paste the text");
        }
        return tx.inTenant(actor.tenantId(), () -> {
            StoredFile file = store(actor, fileName == null || fileName.isBlank() ? "upload" : fileName.strip(), type, bytes);
            return request(actor, AiDraftSource.FILE, file.id().value());
        });
    }

    /** Inside the tenant transaction: answers the existing draft/job of this source, or enqueues the parse. */
    private ParseView request(Actor actor, AiDraftSource source, UUID sourceId) {
        Optional<AiDraft> existing = drafts.findBySource(actor.tenantId(), source, sourceId);
        if (existing.isPresent()) {
            AiDraft d = existing.get();
            return new ParseView(d.id().value(), null, "SUCCEEDED", true, AiDraftService.view(d));
        }
        requireModelUsable(actor.tenantId());
        String key = "ai_parse:" + source.name().toLowerCase(java.util.Locale.ROOT) + ":" + sourceId;
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("tenant_id", actor.tenantId());
        payload.put("draft_id", ids.newId());
        payload.put("source_type", source.name());
        payload.put("source_id", sourceId);
        payload.put("user_id", actor.userId());
        UUID jobId = jobs.enqueueFor(actor.tenantId(), JobQueue.Kind.AI_PARSE, key, JobPayloads.of(payload), clock.now());
        JobQueue.Job job = jobs.find(actor.tenantId(), jobId).orElseThrow();
        UUID draftId = UUID.fromString(JobPayloads.field(job, "draft_id"));
        boolean again = !job.payload().contains(payload.get("draft_id").toString());
        return new ParseView(draftId, jobId, job.status().name(), again, null);
    }

    /**
     * A configured model that is down (circuit open) makes the AI endpoints answer {@code AI_UNAVAILABLE}; one over
     * budget {@code QUOTA_EXCEEDED}. With no model configured the offline extractor always works.
     */
    private void requireModelUsable(TenantId tenant) {
        if (!model.configured()) {
            return;
        }
        if (!model.available()) {
            throw new DomainException(ErrorCode.AI_UNAVAILABLE, "The AI model is unavailable right now; try again in a "
                    + "minute or create the item manually (everything else keeps working)");
        }
        if ("EXCEEDED".equals(budget.quota(tenant).status())) {
            throw new DomainException(ErrorCode.QUOTA_EXCEEDED, "This business used its AI budget for the month; AI "
                    + "drafting resumes on the 1st (UTC) or after a plan upgrade");
        }
    }

    @Override
    public void handle(JobQueue.Job job) {
        TenantId tenant = TenantId.parse(JobPayloads.field(job, "tenant_id"), "tenant_id");
        AiDraftId draftId = AiDraftId.parse(JobPayloads.field(job, "draft_id"), "draft_id");
        AiDraftSource source = AiDraftSource.valueOf(JobPayloads.field(job, "source_type"));
        UUID sourceId = UUID.fromString(JobPayloads.field(job, "source_id"));
        UserId user = UserId.parse(JobPayloads.field(job, "user_id"), "user_id");
        Loaded loaded = tx.inTenant(tenant, () -> {
            if (drafts.findById(tenant, draftId).isPresent() || drafts.findBySource(tenant, source, sourceId).isPresent()) {
                return null;
            }
            Tenant t = documents.systemContext(tenant).tenant();
            return new Loaded(sourceText(tenant, source, sourceId), documents.today(t), t, budget.settings(tenant));
        });
        if (loaded == null) {
            return;
        }
        jobs.progress(job.id(), 1, 3, clock.now());
        ExtractionRequest request = new ExtractionRequest(new LanguageModel.CallContext(tenant, user, AiFeature.TEXT_TO_TASK),
                loaded.text(), loaded.today(), loaded.tenant().timezone(), loaded.tenant().currency());
        Extraction extraction = extract(request);
        jobs.progress(job.id(), 2, 3, clock.now());
        AiDraft draft = tx.inTenant(tenant, () -> {
            if (drafts.findBySource(tenant, source, sourceId).isPresent()) {
                return null;
            }
            AiDraft d = AiDraft.create(draftId, tenant, source, sourceId, loaded.text(), extraction.intent(),
                    extraction.fields(), extraction.confidence(), extraction.extractor(), user, clock.now());
            drafts.save(d);
            auditor.recordSystem(tenant, "ai_parse:" + job.id(), "ai_draft", draftId.value(), null, AiDraftService.view(d),
                    d.pullEvents());
            return d;
        });
        jobs.progress(job.id(), 3, 3, clock.now());
        if (draft != null && loaded.settings().autoApplyEnabled() && draft.autoApplicable(loaded.settings().autoApplyThreshold())) {
            autoApply(tenant, user, draftId);
        }
    }

    private Extraction extract(ExtractionRequest request) {
        if (model.configured() && model.available()) {
            try {
                return modelExtractor.extract(request);
            } catch (DomainException e) {
                if (e.code() != ErrorCode.AI_UNAVAILABLE && e.code() != ErrorCode.PROVIDER_ERROR
                        && e.code() != ErrorCode.QUOTA_EXCEEDED) {
                    throw e;
                }
                LOG.log(System.Logger.Level.WARNING, "Model extraction failed (" + e.code()
                        + "); drafting with the offline extractor instead");
            }
        }
        return rules.extract(request);
    }

    /** Applies as the member who asked, if they still may; a refusal leaves the draft in the queue. */
    private void autoApply(TenantId tenant, UserId user, AiDraftId draftId) {
        Optional<TenantMember> member = tx.inTenant(tenant, () -> users.findMember(tenant, user));
        if (member.isEmpty()) {
            return;
        }
        Actor actor = new Actor(tenant, user, member.get().role(), "ai-auto-apply");
        try {
            draftService.applyAutomatically(actor, draftId);
        } catch (DomainException e) {
            LOG.log(System.Logger.Level.INFO, "Auto-apply of AI draft " + draftId + " left it for review: " + e.getMessage());
        }
    }

    private record Loaded(String text, java.time.LocalDate today, Tenant tenant, AiSettings settings) {
    }

    private String sourceText(TenantId tenant, AiDraftSource source, UUID sourceId) {
        if (source == AiDraftSource.MESSAGE) {
            Message m = messages.findById(tenant, new MessageId(sourceId))
                    .orElseThrow(() -> DomainException.notFound("Message", sourceId));
            return clip(text(m));
        }
        StoredFile file = files.findById(tenant, new FileId(sourceId)).orElseThrow(() -> DomainException.notFound("File", sourceId));
        String text = textReader.read(file.mimeType(), storage.get(file.objectKey())).orElse("");
        if (text.isBlank()) {
            throw DomainException.invalid("file", "No readable text in " + file.fileName() + " (" + file.mimeType() + ")");
        }
        return clip(text);
    }

    private StoredFile store(Actor actor, String fileName, String mimeType, byte[] bytes) {
        FileId id = new FileId(ids.newId());
        String key = "tenants/" + actor.tenantId() + "/ai/" + id;
        storage.put(key, mimeType, bytes);
        StoredFile file = new StoredFile(id, actor.tenantId(), storage.provider(), storage.bucket(), key,
                fileName.length() > 255 ? fileName.substring(0, 255) : fileName, mimeType, bytes.length, Sha256.hex(bytes),
                null, null, actor.userId(), clock.now());
        files.insert(file);
        return file;
    }

    private boolean visible(Actor actor, Message m) {
        return !actor.role().scopedToAssigned() || conversations.findById(actor.tenantId(), m.conversationId())
                .map(c -> Objects.equals(c.assignedTo(), actor.userId())).orElse(false);
    }

    private static String text(Message m) {
        String subject = m.subject() == null ? "" : m.subject().strip();
        String body = m.bodyText() == null ? "" : m.bodyText().strip();
        return subject.isEmpty() ? body : body.isEmpty() ? subject : "Subject: " + subject + "\n\n" + body;
    }

    private static String requireText(String text, String field) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid(field, "Text is required: paste the message to turn into a draft");
        }
        if (text.length() > MAX_TEXT) {
            throw DomainException.invalid(field, "Text is longer than " + MAX_TEXT + " characters");
        }
        return text.strip();
    }

    private static String clip(String text) {
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

}
