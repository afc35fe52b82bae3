package io.smbhub.application.contract;

import io.smbhub.application.port.out.TemplateRepository;
import io.smbhub.domain.inbox.MessagePurpose;
import io.smbhub.domain.inbox.MessageTemplate;
import io.smbhub.domain.inbox.MessageTemplate.Content;
import io.smbhub.domain.inbox.TemplateType;
import io.smbhub.domain.shared.TemplateId;
import io.smbhub.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract of {@link TemplateRepository} (spec smb-hub-prd.md 2.1 Template; issue 5): round trips, versions,
 * filters and order, and at most one default per purpose and tenant.
 */
public abstract class TemplateRepositoryContract extends InboxPortContract {

    private TemplateRepository templates() {
        return inbox().templates();
    }

    private static Content reminder(String name, boolean isDefault) {
        return new Content(TemplateType.INVOICE, MessagePurpose.AR_REMINDER_1, name, "Reminder {{invoice_number}}",
                "Hello {{contact_name}}, {{amount_due}} is due.", isDefault, List.of());
    }

    private static Content canned(String name) {
        return new Content(TemplateType.MESSAGE, null, name, null, "Thanks, {{contact_name}}!", false, List.of());
    }

    private MessageTemplate stored(TenantId tenant, Content content) {
        MessageTemplate t = MessageTemplate.create(new TemplateId(newId()), tenant, content, T0);
        in(tenant, () -> templates().save(t));
        return load(tenant, t.id());
    }

    private MessageTemplate load(TenantId tenant, TemplateId id) {
        return in(tenant, () -> templates().findById(tenant, id)).orElseThrow();
    }

    private List<String> names(TenantId tenant, TemplateType type, MessagePurpose purpose) {
        return in(tenant, () -> templates().list(tenant, type, purpose)).stream().map(t -> t.content().name()).toList();
    }

    @Test
    void insertReturnsVersionOneAndFindByIdRestoresEveryField() {
        TenantId tenant = newTenant();
        MessageTemplate t = MessageTemplate.create(new TemplateId(newId()), tenant, new Content(TemplateType.INVOICE,
                MessagePurpose.INVOICE_SENT, "Invoice email (shop)", "Invoice {{invoice_number}} from {{business_name}}",
                "Hello {{contact_name}},\n\nPlease pay {{amount_due}} by {{due_date}}: {{portal_url}}\n", true,
                List.of("retail_pos", "restaurant")), T0);

        long version = in(tenant, () -> templates().save(t));
        MessageTemplate loaded = load(tenant, t.id());

        assertThat(version).isEqualTo(1);
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(loaded).usingRecursiveComparison().ignoringFields("events", "version").isEqualTo(t);
        assertThat(loaded.content().profileScopes()).containsExactly("retail_pos", "restaurant");
        assertThat(loaded.content().isDefault()).isTrue();
    }

    @Test
    void aCannedTextWithoutPurposeSubjectOrScopesRoundTrips() {
        TenantId tenant = newTenant();
        MessageTemplate loaded = stored(tenant, canned("Thanks"));

        assertThat(loaded.content()).isEqualTo(canned("Thanks"));
        assertThat(loaded.content().purpose()).isNull();
        assertThat(loaded.content().subject()).isNull();
        assertThat(loaded.content().profileScopes()).isEmpty();
    }

    @Test
    void revisingBumpsTheVersionAndAStaleCopyIsAConflict() {
        TenantId tenant = newTenant();
        MessageTemplate stored = stored(tenant, reminder("Reminder", false));
        MessageTemplate first = load(tenant, stored.id());
        MessageTemplate second = load(tenant, stored.id());
        first.revise(reminder("Gentle reminder", false), at(Duration.ofMinutes(1)));
        second.revise(reminder("Stern reminder", false), at(Duration.ofMinutes(2)));

        long version = in(tenant, () -> templates().save(first));
        var conflict = assertConflict(() -> in(tenant, () -> templates().save(second)));

        assertThat(version).isEqualTo(2);
        assertThat(conflict.getMessage()).contains("was changed by someone else");
        MessageTemplate loaded = load(tenant, stored.id());
        assertThat(loaded.content().name()).isEqualTo("Gentle reminder");
        assertThat(loaded.updatedAt()).isEqualTo(at(Duration.ofMinutes(1)));
        assertThat(loaded.version()).isEqualTo(2);
    }

    @Test
    void insertingAnExistingIdIsAConflict() {
        TenantId tenant = newTenant();
        MessageTemplate stored = stored(tenant, canned("Original"));

        assertConflict(() -> in(tenant, () -> templates().save(
                MessageTemplate.create(stored.id(), tenant, canned("Impostor"), T0))));

        assertThat(load(tenant, stored.id()).content().name()).isEqualTo("Original");
    }

    @Test
    void aSecondDefaultForThePurposeIsAConflictUntilTheOldDefaultIsCleared() {
        TenantId tenant = newTenant();
        MessageTemplate old = stored(tenant, reminder("Old default", true));
        MessageTemplate candidate = MessageTemplate.create(new TemplateId(newId()), tenant, reminder("New default", true),
                at(Duration.ofMinutes(1)));

        assertConflict(() -> in(tenant, () -> templates().save(candidate)));
        assertThat(in(tenant, () -> templates().findById(tenant, candidate.id()))).isEmpty();

        in(tenant, () -> {
            MessageTemplate current = templates().findById(tenant, old.id()).orElseThrow();
            current.clearDefault(at(Duration.ofMinutes(2)));
            templates().save(current);
            return templates().save(candidate);
        });

        assertThat(in(tenant, () -> templates().findDefault(tenant, MessagePurpose.AR_REMINDER_1))).get()
                .extracting(MessageTemplate::id).isEqualTo(candidate.id());
        assertThat(load(tenant, old.id()).content().isDefault()).isFalse();
    }

    @Test
    void defaultsOfOtherPurposesAndOtherTenantsDoNotConflict() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        MessageTemplate first = stored(tenant, reminder("Reminder 1", true));
        MessageTemplate second = stored(tenant, new Content(TemplateType.INVOICE, MessagePurpose.AR_REMINDER_2,
                "Reminder 2", "Second reminder {{invoice_number}}", "Still due: {{amount_due}}", true, List.of()));
        MessageTemplate othersDefault = stored(other, reminder("Reminder 1", true));
        stored(tenant, reminder("Not default", false));

        assertThat(in(tenant, () -> templates().findDefault(tenant, MessagePurpose.AR_REMINDER_1))).get()
                .extracting(MessageTemplate::id).isEqualTo(first.id());
        assertThat(in(tenant, () -> templates().findDefault(tenant, MessagePurpose.AR_REMINDER_2))).get()
                .extracting(MessageTemplate::id).isEqualTo(second.id());
        assertThat(in(tenant, () -> templates().findDefault(tenant, MessagePurpose.INVOICE_SENT))).isEmpty();
        assertThat(in(other, () -> templates().findDefault(other, MessagePurpose.AR_REMINDER_1))).get()
                .extracting(MessageTemplate::id).isEqualTo(othersDefault.id());
    }

    @Test
    void listOrdersByNameAndFiltersByTypeAndPurpose() {
        TenantId tenant = newTenant();
        stored(tenant, reminder("beta reminder", false));
        stored(tenant, canned("Alpha canned"));
        stored(tenant, reminder("Zulu reminder", false));
        stored(tenant, new Content(TemplateType.QUOTE, MessagePurpose.QUOTE_SENT, "Quote email", "Quote {{quote_number}}",
                "See {{portal_url}}", false, List.of()));

        assertThat(names(tenant, null, null)).containsExactly("Alpha canned", "beta reminder", "Quote email", "Zulu reminder");
        assertThat(names(tenant, TemplateType.INVOICE, null)).containsExactly("beta reminder", "Zulu reminder");
        assertThat(names(tenant, null, MessagePurpose.QUOTE_SENT)).containsExactly("Quote email");
        assertThat(names(tenant, TemplateType.MESSAGE, MessagePurpose.QUOTE_SENT)).isEmpty();
        assertThat(names(tenant, TemplateType.CHECKLIST, null)).isEmpty();
    }

    @Test
    void anotherTenantsTemplatesAreNotFound() {
        TenantId owner = newTenant();
        TenantId other = newTenant();
        MessageTemplate t = stored(owner, reminder("Private", true));

        assertThat(in(other, () -> templates().findById(other, t.id()))).isEmpty();
        assertThat(in(other, () -> templates().list(other, null, null))).isEmpty();
        assertThat(in(other, () -> templates().findDefault(other, MessagePurpose.AR_REMINDER_1))).isEmpty();
    }

    @Test
    void aRolledBackSaveLeavesNoTemplate() {
        TenantId tenant = newTenant();
        MessageTemplate t = MessageTemplate.create(new TemplateId(newId()), tenant, reminder("Never", true), T0);

        runAndRollBack(tenant, () -> templates().save(t));

        assertThat(in(tenant, () -> templates().findById(tenant, t.id()))).isEmpty();
        assertThat(in(tenant, () -> templates().findDefault(tenant, MessagePurpose.AR_REMINDER_1))).isEmpty();
    }
}
