package io.smbhub.application.service;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.Page;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.application.port.in.audit.AuditEntryView;
import io.smbhub.application.port.in.audit.AuditQueries;
import io.smbhub.application.port.in.audit.AuditQueries.ListQuery;
import io.smbhub.application.port.in.contact.ContactPatch;
import io.smbhub.application.port.in.contact.ContactView;
import io.smbhub.application.port.in.contact.UpdateContactCommand;
import io.smbhub.application.port.in.identity.Identity;
import io.smbhub.application.port.in.identity.SignUpCommand;
import io.smbhub.application.port.in.workitem.CreateWorkItemCommand;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.tenant.Role;
import io.smbhub.domain.workitem.WorkItemDetails;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@DisplayName("GET /v1/audit-logs: OWNER and ADMIN read the entries matching every filter, newest first")
class AuditLogFiltersTest {

    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");

    private final CoreFixture f = new CoreFixture();
    private final Actor staff = f.member(Role.STAFF);
    private final Map<UUID, String> names = new HashMap<>();
    private final ContactView ann;
    private final ContactView bob;

    /**
     * 09:00 the owner adds Ann; 10:00 staff adds Bob; 11:00 staff renames Ann; 12:00 the owner opens a work
     * item for Ann.
     */
    AuditLogFiltersTest() {
        ann = f.contact("Ann", "ann@example.com");
        f.hub.clock().advance(Duration.ofHours(1));
        bob = f.contactAs(staff);
        f.hub.clock().advance(Duration.ofHours(1));
        f.core.updateContact().update(staff, new UpdateContactCommand(new ContactId(ann.id()), null, new ContactPatch(null,
                "Ann Lee", null, null, null, null, null, null, null, null, null, null, null, null)));
        f.hub.clock().advance(Duration.ofHours(1));
        UUID job = f.core.createWorkItem().create(f.owner, new CreateWorkItemCommand(new WorkItemDetails(null, "Fix sink",
                null, null, new ContactId(ann.id()), null, null), null, null)).id();
        names.put(ann.id(), "Ann");
        names.put(bob.id(), "Bob");
        names.put(job, "job");
    }

    private static ListQuery query(String entityType, UUID entityId, UUID actor, String action, Instant from, Instant to) {
        return new ListQuery(entityType, entityId, actor, action, from, to, new PageRequest(100, null));
    }

    private List<String> listed(Actor reader, ListQuery query) {
        return f.core.auditQueries().list(reader, query).items().stream()
                .map(e -> e.action() + " " + names.getOrDefault(e.entityId(), "?")).toList();
    }

    private static Arguments row(String name, Function<AuditLogFiltersTest, ListQuery> query, String... expected) {
        return Arguments.of(name, query, List.of(expected));
    }

    static Stream<Arguments> filters() {
        return Stream.of(
                row("entity_type", t -> query("contact", null, null, null, null, null),
                        "contact.updated Ann", "contact.created Bob", "contact.created Ann"),
                row("entity_id", t -> query(null, t.ann.id(), null, null, null, null),
                        "contact.updated Ann", "contact.created Ann"),
                row("actor_user_id", t -> query(null, null, t.staff.userId().value(), null, null, null),
                        "contact.updated Ann", "contact.created Bob"),
                row("action", t -> query(null, null, null, "contact.created", null, null),
                        "contact.created Bob", "contact.created Ann"),
                row("from (inclusive)", t -> query(null, null, null, null, NINE.plus(Duration.ofHours(2)), null),
                        "work_item.created job", "contact.updated Ann"),
                row("from and to (to exclusive)", t -> query(null, null, null, null, NINE.plus(Duration.ofHours(1)),
                        NINE.plus(Duration.ofHours(3))), "contact.updated Ann", "contact.created Bob"),
                row("actor and action", t -> query(null, null, t.staff.userId().value(), "contact.created", null, null),
                        "contact.created Bob"),
                row("an entity type nobody wrote", t -> query("spaceship", null, null, null, null, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void eachFilterKeepsOnlyMatchingEntries(String name, Function<AuditLogFiltersTest, ListQuery> query,
                                            List<String> expected) {
        assertThat(listed(f.owner, query.apply(this))).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyOwnerAndAdminMayReadTheAuditLog(Role role) {
        Actor reader = role == Role.OWNER ? f.owner : f.member(role);
        ListQuery all = query(null, null, null, null, null, null);

        if (role == Role.OWNER || role == Role.ADMIN) {
            assertThat(listed(reader, all)).contains("contact.created Ann", "work_item.created job");
        } else {
            DomainException e = catchThrowableOfType(DomainException.class, () -> f.core.auditQueries().list(reader, all));
            assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN);
        }
    }

    @Test
    void aWindowThatEndsBeforeItStartsIsAValidationErrorOnTo() {
        DomainException e = catchThrowableOfType(DomainException.class, () -> query(null, null, null, null, NINE, NINE));

        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
        assertThat(e.details()).singleElement().satisfies(d -> assertThat(d.field()).isEqualTo("to"));
    }

    @Test
    void filteredPagesServeEveryEntryOnceNewestFirstEvenWhenEntriesArriveBetweenPages() {
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(0, f.contactAs(staff).id());
        }
        ListQuery firstPage = new ListQuery("contact", null, staff.userId().value(), "contact.created", null, null,
                new PageRequest(3, null));

        List<UUID> served = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        Page<AuditEntryView> page = f.core.auditQueries().list(f.owner, firstPage);
        while (true) {
            page.items().forEach(e -> served.add(e.entityId()));
            sizes.add(page.items().size());
            if (page.nextCursor() == null) {
                break;
            }
            f.contactAs(staff);
            page = f.core.auditQueries().list(f.owner, new ListQuery("contact", null, staff.userId().value(),
                    "contact.created", null, null, new PageRequest(3, page.nextCursor())));
        }

        created.add(bob.id());
        assertThat(served).containsExactlyElementsOf(created);
        assertThat(sizes).containsExactly(3, 3, 2);
    }

    @Test
    void anotherBusinessFiltersOnlyItsOwnEntries() {
        Identity other = f.core.signUp().signUp(new SignUpCommand("Other Co", "general", "owner@other.test",
                "correct horse", "UTC", "USD"));
        Actor otherOwner = new Actor(other.tenantId(), other.userId(), other.role(), "req_other");

        assertThat(listed(otherOwner, query(null, ann.id(), null, null, null, null))).isEmpty();
        assertThat(listed(otherOwner, query(null, null, staff.userId().value(), null, null, null))).isEmpty();
        assertThat(listed(otherOwner, query("contact", null, null, null, null, null))).isEmpty();
    }

    @Test
    void entriesSayWhichFieldsChanged() {
        AuditEntryView renamed = f.core.auditQueries().list(f.owner,
                query(null, ann.id(), null, "contact.updated", null, null)).items().get(0);

        assertThat(renamed.changedFields()).contains("display_name").doesNotContain("email", "type");
        assertThat(renamed.before()).containsEntry("display_name", "Ann");
        assertThat(renamed.after()).containsEntry("display_name", "Ann Lee");
        assertThat(renamed.actorUserId()).isEqualTo(staff.userId().value());
    }
}
