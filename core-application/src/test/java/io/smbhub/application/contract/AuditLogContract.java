package io.smbhub.application.contract;

import io.smbhub.application.port.out.AuditEntry;
import io.smbhub.application.port.out.AuditLog;
import io.smbhub.application.port.out.AuditLog.Filter;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Contract of {@link AuditLog}. */
public abstract class AuditLogContract extends PortContract {

    private static final Filter ANY = new Filter(null, null, null, null, null, null);

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
        return listFiltered(tenant, entityId == null ? ANY : Filter.entity(null, entityId), afterId, limit);
    }

    private List<UUID> listFiltered(TenantId tenant, Filter filter, UUID afterId, int limit) {
        return in(tenant, () -> log().list(tenant, filter, afterId, limit)).stream().map(AuditEntry::id).toList();
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
        List<AuditEntry> listed = in(tenant, () -> log().list(tenant, Filter.entity("invoice", entry.entityId()), null, 10));

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

        assertThat(in(tenant, () -> log().list(tenant, ANY, null, 10))).containsExactly(entry);
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

        List<UUID> served = walkPages((after, limit) -> in(tenant, () -> log().list(tenant, Filter.entity("invoice", invoice), after, limit)),
                AuditEntry::id, 3, () -> append(tenant, entry(tenant, invoice, "invoice.updated")));

        assertThat(served).containsExactlyElementsOf(newestFirst(created));
        assertThat(listIds(tenant, invoice, null, 100)).hasSize(9);
    }

    // ---------------------------------------------------------------- filters

    /** Five entries of one tenant, each named by a short label, one minute apart, plus a look-alike in another tenant. */
    private record Trail(TenantId tenant, UUID invoice, UUID contact, UserId alice, UserId bob,
                         Map<UUID, String> labels) {
    }

    private Trail trail() {
        TenantId tenant = newTenant();
        UUID invoice = newId();
        UUID contact = newId();
        UserId alice = newUserId();
        UserId bob = newUserId();
        Map<UUID, String> labels = new LinkedHashMap<>();
        labels.put(append(tenant, new AuditEntry(newId(), tenant, alice, "invoice.created", "invoice", invoice, null,
                Map.of("status", "DRAFT"), "r1", at(Duration.ofMinutes(1)))).id(), "alice-invoice-created");
        labels.put(append(tenant, new AuditEntry(newId(), tenant, alice, "contact.created", "contact", contact, null,
                Map.of("display_name", "John"), "r2", at(Duration.ofMinutes(2)))).id(), "alice-contact-created");
        labels.put(append(tenant, new AuditEntry(newId(), tenant, bob, "invoice.sent", "invoice", invoice,
                Map.of("status", "DRAFT"), Map.of("status", "SENT"), "r3", at(Duration.ofMinutes(3)))).id(), "bob-invoice-sent");
        labels.put(append(tenant, new AuditEntry(newId(), tenant, bob, "contact.updated", "contact", contact,
                Map.of("display_name", "John"), Map.of("display_name", "Johnny"), "r4", at(Duration.ofMinutes(4)))).id(),
                "bob-contact-updated");
        labels.put(append(tenant, new AuditEntry(newId(), tenant, null, "tenant.profile_changed", "tenant", null, null,
                null, "r5", at(Duration.ofMinutes(5)))).id(), "system-tenant");
        TenantId other = newTenant();
        append(other, new AuditEntry(newId(), other, alice, "invoice.sent", "invoice", invoice, null, null, "r6",
                at(Duration.ofMinutes(3))));
        return new Trail(tenant, invoice, contact, alice, bob, labels);
    }

    @FunctionalInterface
    private interface FilterOf {
        Filter of(Trail t);
    }

    private static Arguments row(String name, FilterOf filter, String... expectedNewestFirst) {
        return Arguments.of(name, filter, List.of(expectedNewestFirst));
    }

    Stream<Arguments> filterRows() {
        return Stream.of(
                row("no filter: the whole tenant", t -> ANY,
                        "system-tenant", "bob-contact-updated", "bob-invoice-sent", "alice-contact-created", "alice-invoice-created"),
                row("entity type", t -> new Filter("invoice", null, null, null, null, null),
                        "bob-invoice-sent", "alice-invoice-created"),
                row("entity id", t -> new Filter(null, t.contact(), null, null, null, null),
                        "bob-contact-updated", "alice-contact-created"),
                row("entity type and a mismatching id", t -> new Filter("contact", t.invoice(), null, null, null, null)),
                row("actor", t -> new Filter(null, null, t.bob(), null, null, null),
                        "bob-contact-updated", "bob-invoice-sent"),
                row("action, exactly", t -> new Filter(null, null, null, "invoice.sent", null, null), "bob-invoice-sent"),
                row("action prefix matches nothing", t -> new Filter(null, null, null, "invoice", null, null)),
                row("from is inclusive", t -> new Filter(null, null, null, null, at(Duration.ofMinutes(4)), null),
                        "system-tenant", "bob-contact-updated"),
                row("to is exclusive", t -> new Filter(null, null, null, null, null, at(Duration.ofMinutes(2))),
                        "alice-invoice-created"),
                row("from and to", t -> new Filter(null, null, null, null, at(Duration.ofMinutes(2)), at(Duration.ofMinutes(4))),
                        "bob-invoice-sent", "alice-contact-created"),
                row("window between two entries", t -> new Filter(null, null, null, null,
                        at(Duration.ofSeconds(61)), at(Duration.ofSeconds(119)))),
                row("actor and time", t -> new Filter(null, null, t.alice(), null, at(Duration.ofMinutes(2)), null),
                        "alice-contact-created"),
                row("every part at once", t -> new Filter("invoice", t.invoice(), t.bob(), "invoice.sent",
                        at(Duration.ofMinutes(3)), at(Duration.ofMinutes(3)).plusNanos(1000)), "bob-invoice-sent"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filterRows")
    void listKeepsOnlyEntriesMatchingEveryPartOfTheFilterNewestFirst(String name, FilterOf filter, List<String> expected) {
        Trail t = trail();

        List<String> listed = listFiltered(t.tenant(), filter.of(t), null, 100).stream().map(t.labels()::get).toList();

        assertThat(listed).containsExactlyElementsOf(expected);
    }

    @Test
    void filteredKeysetPagesServeEachMatchingEntryOnceWithoutGaps() {
        TenantId tenant = newTenant();
        UserId actor = newUserId();
        List<UUID> matching = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Instant when = at(Duration.ofMinutes(10 + i));
            AuditEntry mine = new AuditEntry(newId(), tenant, actor, "work_item.updated", "work_item", newId(), null,
                    null, "r", when);
            append(tenant, mine);
            append(tenant, new AuditEntry(newId(), tenant, newUserId(), "work_item.updated", "work_item", newId(), null,
                    null, "r", when));
            if (i >= 1 && i < 7) {
                matching.add(mine.id());
            }
        }
        Filter window = new Filter(null, null, actor, null, at(Duration.ofMinutes(11)), at(Duration.ofMinutes(17)));

        List<UUID> served = walkPages((after, limit) -> in(tenant, () -> log().list(tenant, window, after, limit)),
                AuditEntry::id, 4, () -> { });

        assertThat(served).containsExactlyElementsOf(newestFirst(matching));
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
