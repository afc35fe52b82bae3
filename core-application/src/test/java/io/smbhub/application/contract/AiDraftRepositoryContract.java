package io.smbhub.application.contract;

import io.smbhub.application.port.out.AiDraftRepository;
import io.smbhub.application.port.out.AiDraftRepository.Position;
import io.smbhub.domain.ai.AiDraft;
import io.smbhub.domain.ai.AiDraftSource;
import io.smbhub.domain.ai.AiDraftStatus;
import io.smbhub.domain.ai.AiIntent;
import io.smbhub.domain.ai.AppliedTarget;
import io.smbhub.domain.ai.DraftFields;
import io.smbhub.domain.ai.DraftFields.DraftLine;
import io.smbhub.domain.shared.AiDraftId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract of {@link AiDraftRepository} (spec smb-hub-prd.md 2.1 "AI Draft", 12.2 E; issue 6): every field round
 * trips (decimals keep their scale), versions, one draft per source message or file, the QC queue (oldest first,
 * keyset, filters) and tenant isolation.
 */
public abstract class AiDraftRepositoryContract extends AiPortContract {

    private AiDraftRepository drafts() {
        return ai().drafts();
    }

    private AiDraft load(TenantId tenant, AiDraftId id) {
        return in(tenant, () -> drafts().findById(tenant, id)).orElseThrow();
    }

    private static DraftFields invoiceFields() {
        return new DraftFields("Website invoice", "Design and hosting for March", "Sari Dewi", "sari@client.test",
                "+62 812 555 0101", null, "IDR",
                List.of(new DraftLine("Design work", new BigDecimal("2.50"), new BigDecimal("1500000")),
                        new DraftLine("Hosting", new BigDecimal("1"), new BigDecimal("19.990")),
                        new DraftLine("To be priced", null, null)),
                new BigDecimal("3769990.00"), LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 2), null, null,
                "HIGH", null);
    }

    @Test
    void insertReturnsVersionOneAndFindByIdRestoresEveryField() {
        TenantId tenant = newTenant();
        UUID message = newId();
        UserId creator = newUserId();
        AiDraft draft = AiDraft.create(new AiDraftId(newId()), tenant, AiDraftSource.MESSAGE, message,
                "Tolong buatkan invoice untuk Sari: desain 2,5 hari @1.500.000", AiIntent.DRAFT_INVOICE,
                invoiceFields(), new BigDecimal("0.87"), "gemini-2.5-flash", creator, T0);

        long version = in(tenant, () -> drafts().save(draft));
        AiDraft loaded = load(tenant, draft.id());

        assertThat(version).isEqualTo(1);
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(loaded).usingRecursiveComparison().ignoringFields("events", "version").isEqualTo(draft);
        assertThat(loaded.fields()).isEqualTo(invoiceFields());
        assertThat(loaded.fields().lineItems().get(0).quantity()).hasToString("2.50");
        assertThat(loaded.fields().lineItems().get(1).unitPrice()).hasToString("19.990");
        assertThat(loaded.confidence()).hasToString("0.87");
        assertThat(loaded.status()).isEqualTo(AiDraftStatus.PENDING_QC);
        assertThat(loaded.appliedTarget()).isEmpty();
        assertThat(loaded.createdBy()).isEqualTo(creator);
    }

    @Test
    void aManualDraftWithoutSourceOrCreatorAndWithEmptyFieldsRoundTrips() {
        TenantId tenant = newTenant();
        AiDraft draft = AiDraft.create(new AiDraftId(newId()), tenant, AiDraftSource.MANUAL, null, null,
                AiIntent.CREATE_WORK_ITEM, DraftFields.EMPTY, BigDecimal.ZERO, "rules", null, T0);

        AiDraft loaded = stored(draft);

        assertThat(loaded).usingRecursiveComparison().ignoringFields("events", "version").isEqualTo(draft);
        assertThat(loaded.fields()).isEqualTo(DraftFields.EMPTY);
        assertThat(loaded.sourceId()).isNull();
        assertThat(loaded.sourceText()).isNull();
        assertThat(loaded.createdBy()).isNull();
    }

    @Test
    void anEditedAndAppliedDraftKeepsItsReviewAndTarget() {
        TenantId tenant = newTenant();
        UserId reviewer = newUserId();
        AiDraft draft = stored(draft(tenant, AiDraftSource.FILE, newId(), AiIntent.DRAFT_QUOTE, T0));
        UUID workItem = newId();
        draft.edit(AiIntent.CREATE_WORK_ITEM, null, reviewer, at(Duration.ofMinutes(1)));
        draft.approve(reviewer, "  Looks right  ", at(Duration.ofMinutes(2)));
        draft.markApplied(new AppliedTarget("work_item", workItem), reviewer, null, at(Duration.ofMinutes(3)));

        long version = in(tenant, () -> drafts().save(draft));
        AiDraft loaded = load(tenant, draft.id());

        assertThat(version).isEqualTo(2);
        assertThat(loaded.status()).isEqualTo(AiDraftStatus.APPLIED);
        assertThat(loaded.intent()).isEqualTo(AiIntent.CREATE_WORK_ITEM);
        assertThat(loaded.edited()).isTrue();
        assertThat(loaded.reviewedBy()).isEqualTo(reviewer);
        assertThat(loaded.reviewNotes()).isEqualTo("Looks right");
        assertThat(loaded.appliedTarget()).contains(new AppliedTarget("work_item", workItem));
        assertThat(loaded.updatedAt()).isEqualTo(at(Duration.ofMinutes(3)));
        assertThat(loaded.createdAt()).isEqualTo(T0);
    }

    @Test
    void savingAStaleCopyIsAConflict() {
        TenantId tenant = newTenant();
        AiDraft stored = stored(draft(tenant, AiDraftSource.MANUAL, null, AiIntent.CREATE_WORK_ITEM, T0));
        AiDraft first = load(tenant, stored.id());
        AiDraft second = load(tenant, stored.id());
        first.approve(newUserId(), "ok", at(Duration.ofMinutes(1)));
        second.reject(newUserId(), "spam", at(Duration.ofMinutes(2)));

        long version = in(tenant, () -> drafts().save(first));
        DomainException conflict = assertConflict(() -> in(tenant, () -> drafts().save(second)));

        assertThat(version).isEqualTo(2);
        assertThat(conflict.getMessage()).contains("was changed by someone else");
        assertThat(load(tenant, stored.id()).status()).isEqualTo(AiDraftStatus.APPROVED);
    }

    @Test
    void insertingAnExistingIdIsAConflict() {
        TenantId tenant = newTenant();
        AiDraft stored = stored(draft(tenant, AiDraftSource.MANUAL, null, AiIntent.CREATE_WORK_ITEM, T0));
        AiDraft impostor = AiDraft.create(stored.id(), tenant, AiDraftSource.MANUAL, null, "other",
                AiIntent.DRAFT_EXPENSE, DraftFields.EMPTY, BigDecimal.ONE, "rules", null, T0);

        assertConflict(() -> in(tenant, () -> drafts().save(impostor)));

        assertThat(load(tenant, stored.id()).intent()).isEqualTo(AiIntent.CREATE_WORK_ITEM);
    }

    @Test
    void aSecondDraftFromTheSameMessageIsAConflictNamingTheFirst() {
        TenantId tenant = newTenant();
        UUID message = newId();
        AiDraft first = stored(draft(tenant, AiDraftSource.MESSAGE, message, AiIntent.CREATE_WORK_ITEM, T0));
        AiDraft second = draft(tenant, AiDraftSource.MESSAGE, message, AiIntent.DRAFT_QUOTE, at(Duration.ofMinutes(1)));

        DomainException conflict = assertConflict(() -> in(tenant, () -> drafts().save(second)));

        assertThat(conflict.getMessage()).contains(first.id().value().toString()).contains(message.toString());
        assertThat(in(tenant, () -> drafts().findById(tenant, second.id()))).isEmpty();
        assertThat(in(tenant, () -> drafts().findBySource(tenant, AiDraftSource.MESSAGE, message))).get()
                .extracting(AiDraft::id).isEqualTo(first.id());
    }

    @Test
    void theSourceGuardIsPerSourceTypeAndTenantAndLeavesManualDraftsAlone() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        UUID source = newId();
        AiDraft fromMessage = stored(draft(tenant, AiDraftSource.MESSAGE, source, AiIntent.CREATE_WORK_ITEM, T0));
        AiDraft fromFile = stored(draft(tenant, AiDraftSource.FILE, source, AiIntent.DRAFT_EXPENSE, T0));
        AiDraft othersDraft = stored(draft(other, AiDraftSource.MESSAGE, source, AiIntent.CREATE_WORK_ITEM, T0));
        AiDraft manual1 = stored(draft(tenant, AiDraftSource.MANUAL, null, AiIntent.CREATE_WORK_ITEM, T0));
        AiDraft manual2 = stored(draft(tenant, AiDraftSource.MANUAL, null, AiIntent.CREATE_WORK_ITEM, T0));

        assertThat(in(tenant, () -> drafts().findBySource(tenant, AiDraftSource.MESSAGE, source))).get()
                .extracting(AiDraft::id).isEqualTo(fromMessage.id());
        assertThat(in(tenant, () -> drafts().findBySource(tenant, AiDraftSource.FILE, source))).get()
                .extracting(AiDraft::id).isEqualTo(fromFile.id());
        assertThat(in(other, () -> drafts().findBySource(other, AiDraftSource.MESSAGE, source))).get()
                .extracting(AiDraft::id).isEqualTo(othersDraft.id());
        assertThat(in(tenant, () -> drafts().findBySource(tenant, AiDraftSource.MESSAGE, newId()))).isEmpty();
        assertThat(manual1.id()).isNotEqualTo(manual2.id());
    }

    @Test
    void theQueueIsOldestFirstWithTiesByIdAndPagesByKeyset() {
        TenantId tenant = newTenant();
        List<UUID> expected = new ArrayList<>();
        // created out of time order; two share a creation time (then id order decides)
        AiDraft late = stored(draft(tenant, AiDraftSource.MANUAL, null, AiIntent.CREATE_WORK_ITEM, at(Duration.ofHours(3))));
        AiDraft early = stored(draft(tenant, AiDraftSource.MANUAL, null, AiIntent.CREATE_WORK_ITEM, at(Duration.ofHours(1))));
        AiDraft tieA = stored(draft(tenant, AiDraftSource.MANUAL, null, AiIntent.CREATE_WORK_ITEM, at(Duration.ofHours(2))));
        AiDraft tieB = stored(draft(tenant, AiDraftSource.MANUAL, null, AiIntent.CREATE_WORK_ITEM, at(Duration.ofHours(2))));
        AiDraft first = stored(draft(tenant, AiDraftSource.MANUAL, null, AiIntent.CREATE_WORK_ITEM, T0));
        List.of(first, early, tieA, tieB, late).forEach(d -> expected.add(d.id().value()));

        List<UUID> served = new ArrayList<>();
        Position after = null;
        for (int page = 0; page < 10; page++) {
            Position cursor = after;
            List<AiDraft> rows = in(tenant, () -> drafts().list(tenant, null, null, cursor, 2));
            rows.forEach(d -> served.add(d.id().value()));
            if (rows.size() < 2) {
                break;
            }
            AiDraft last = rows.get(rows.size() - 1);
            after = new Position(last.createdAt(), last.id().value());
        }

        assertThat(served).containsExactlyElementsOf(expected);
    }

    @Test
    void theQueueFiltersByStatusAndIntent() {
        TenantId tenant = newTenant();
        AiDraft pendingTask = stored(draft(tenant, AiDraftSource.MANUAL, null, AiIntent.CREATE_WORK_ITEM, T0));
        AiDraft pendingQuote = stored(draft(tenant, AiDraftSource.MANUAL, null, AiIntent.DRAFT_QUOTE, at(Duration.ofMinutes(1))));
        AiDraft rejected = draft(tenant, AiDraftSource.MANUAL, null, AiIntent.DRAFT_QUOTE, at(Duration.ofMinutes(2)));
        rejected.reject(newUserId(), "not a request", at(Duration.ofMinutes(3)));
        stored(rejected);

        assertThat(ids(tenant, AiDraftStatus.PENDING_QC, null)).containsExactly(pendingTask.id(), pendingQuote.id());
        assertThat(ids(tenant, null, AiIntent.DRAFT_QUOTE)).containsExactly(pendingQuote.id(), rejected.id());
        assertThat(ids(tenant, AiDraftStatus.REJECTED, AiIntent.DRAFT_QUOTE)).containsExactly(rejected.id());
        assertThat(ids(tenant, AiDraftStatus.APPLIED, null)).isEmpty();
        assertThat(in(tenant, () -> drafts().list(tenant, null, null, null, 1))).extracting(AiDraft::id)
                .containsExactly(pendingTask.id());
    }

    private List<AiDraftId> ids(TenantId tenant, AiDraftStatus status, AiIntent intent) {
        return in(tenant, () -> drafts().list(tenant, status, intent, null, 100)).stream().map(AiDraft::id).toList();
    }

    @Test
    void anotherTenantsDraftIsNotFound() {
        TenantId owner = newTenant();
        TenantId other = newTenant();
        UUID message = newId();
        AiDraft draft = stored(draft(owner, AiDraftSource.MESSAGE, message, AiIntent.CREATE_WORK_ITEM, T0));

        assertThat(in(other, () -> drafts().findById(other, draft.id()))).isEmpty();
        assertThat(in(other, () -> drafts().findBySource(other, AiDraftSource.MESSAGE, message))).isEmpty();
        assertThat(in(other, () -> drafts().list(other, null, null, null, 100))).isEmpty();
    }

    @Test
    void aRolledBackSaveLeavesNoDraft() {
        TenantId tenant = newTenant();
        UUID message = newId();
        AiDraft draft = draft(tenant, AiDraftSource.MESSAGE, message, AiIntent.CREATE_WORK_ITEM, T0);

        runAndRollBack(tenant, () -> drafts().save(draft));

        assertThat(in(tenant, () -> drafts().findById(tenant, draft.id()))).isEmpty();
        assertThat(in(tenant, () -> drafts().findBySource(tenant, AiDraftSource.MESSAGE, message))).isEmpty();
    }
}
