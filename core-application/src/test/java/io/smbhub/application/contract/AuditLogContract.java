package io.smbhub.application.contract;

import io.smbhub.application.port.out.AuditEntry;
import io.smbhub.application.port.out.AuditLog;
import io.smbhub.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Contract of {@link AuditLog}. */
public abstract class AuditLogContract extends PortContract {

    private AuditLog log() {
        return adapters().auditLog();
    }

    private AuditEntry entry(TenantId tenant, UUID entityId, String action) {
        return new AuditEntry(newId(), tenant, newUserId(), action, "invoice", entityId, null,
                Map.of("status", "SENT"), "req-" + action, at(Duration.ofMinutes(1)));
    }

    private AuditEntry append(TenantId tenant, AuditEntry entry) {
        run(tenant, () -> log().append(entry));
        return entry;
    }

    private List<UUID> listIds(TenantId tenant, UUID entityId, UUID afterId, int limit) {
        return in(tenant, () -> log().list(tenant, entityId, afterId, limit)).stream().map(AuditEntry::id).toList();
    }

    @Test
    void appendedEntryIsListedWithEveryFieldAndItsSnapshotsIntact() {
        TenantId tenant = newTenant();
        Map<String, Object> money = new LinkedHashMap<>();
        money.put("amount", "120.50");
        money.put("currency", "USD");
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("name", "Design");
        line.put("qty", "2.50");
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("invoice_number", "INV-000001");
        after.put("status", "SENT");
        after.put("overdue", false);
        after.put("version", 3L);
        after.put("total", money);
        after.put("line_items", List.of(line));
        after.put("tags", List.of("a", "b"));
        after.put("void_reason", null);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("status", "DRAFT");
        before.put("version", 2L);
        AuditEntry entry = new AuditEntry(newId(), tenant, newUserId(), "invoice.sent", "invoice", newId(), before, after,
                "req-123", at(Duration.ofSeconds(90)));

        append(tenant, entry);
        List<AuditEntry> listed = in(tenant, () -> log().list(tenant, entry.entityId(), null, 10));

        assertThat(listed).containsExactly(entry);
        AuditEntry loaded = listed.get(0);
        assertThat(loaded.after()).containsEntry("version", 3L).containsEntry("overdue", false).containsEntry("void_reason", null);
        assertThat(loaded.after().get("total")).isEqualTo(money);
        assertThat(loaded.at()).isEqualTo(at(Duration.ofSeconds(90)));
    }

    @Test
    void entryWithoutActorEntityOrSnapshotsKeepsThemNull() {
        TenantId tenant = newTenant();
        AuditEntry entry = new AuditEntry(newId(), tenant, null, "tenant.created", "tenant", null, null, null, "", T0);

        append(tenant, entry);

        assertThat(in(tenant, () -> log().list(tenant, null, null, 10))).containsExactly(entry);
    }

    @Test
    void listIsNewestFirstFilteredByEntityAndScopedToTheTenant() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        UUID invoice = newId();
        UUID contact = newId();
        AuditEntry created = append(tenant, entry(tenant, invoice, "invoice.created"));
        AuditEntry contactCreated = append(tenant, entry(tenant, contact, "contact.created"));
        AuditEntry sent = append(tenant, entry(tenant, invoice, "invoice.sent"));
        append(other, entry(other, invoice, "invoice.created"));

        assertThat(listIds(tenant, null, null, 10)).containsExactly(sent.id(), contactCreated.id(), created.id());
        assertThat(listIds(tenant, invoice, null, 10)).containsExactly(sent.id(), created.id());
        assertThat(listIds(tenant, contact, null, 10)).containsExactly(contactCreated.id());
        assertThat(listIds(tenant, newId(), null, 10)).isEmpty();
        assertThat(listIds(other, null, null, 10)).hasSize(1);
    }

    @Test
    void keysetPagesReturnEveryEntryOnceNewestFirstEvenWithAppendsBetweenPages() {
        TenantId tenant = newTenant();
        UUID invoice = newId();
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(append(tenant, entry(tenant, invoice, "invoice.updated")).id());
            append(tenant, entry(tenant, newId(), "contact.updated"));
        }

        List<UUID> served = walkPages((after, limit) -> in(tenant, () -> log().list(tenant, invoice, after, limit)),
                AuditEntry::id, 3, () -> append(tenant, entry(tenant, invoice, "invoice.updated")));

        assertThat(served).containsExactlyElementsOf(newestFirst(created));
        assertThat(listIds(tenant, invoice, null, 100)).hasSize(9);
    }

    @Test
    void appendingTheSameEntryIdTwiceFails() {
        TenantId tenant = newTenant();
        AuditEntry entry = append(tenant, entry(tenant, newId(), "invoice.created"));

        Throwable thrown = catchThrowable(() -> append(tenant, entry));

        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessageContaining(entry.id().toString());
        assertThat(listIds(tenant, null, null, 10)).containsExactly(entry.id());
    }

    @Test
    void aRolledBackAppendLeavesNoEntry() {
        TenantId tenant = newTenant();
        AuditEntry entry = entry(tenant, newId(), "invoice.created");

        runAndRollBack(tenant, () -> log().append(entry));

        assertThat(listIds(tenant, null, null, 10)).isEmpty();
    }
}
