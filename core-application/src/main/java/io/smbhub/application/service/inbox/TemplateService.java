package io.smbhub.application.service.inbox;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.template.TemplateUseCase;
import io.smbhub.application.port.in.template.TemplateView;
import io.smbhub.application.port.out.IdGenerator;
import io.smbhub.application.port.out.TemplateRepository;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.service.support.Access;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.application.service.support.Documents;
import io.smbhub.application.service.support.Versions;
import io.smbhub.domain.inbox.BuiltInTemplates;
import io.smbhub.domain.inbox.MessagePurpose;
import io.smbhub.domain.inbox.MessageTemplate;
import io.smbhub.domain.inbox.TemplateType;
import io.smbhub.domain.inbox.TemplateVariables;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.TemplateId;
import io.smbhub.domain.tenant.Permission;
import io.smbhub.domain.tenant.Tenant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Message templates ({@link TemplateUseCase}; spec smb-hub-prd.md 2.1 Template, 2.3; issue 5). Audited as {@code template}. */
public final class TemplateService implements TemplateUseCase {

    private final TemplateRepository templates;
    private final Documents documents;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final IdGenerator ids;
    private final Auditor auditor;

    public TemplateService(TemplateRepository templates, Documents documents, TransactionRunner tx, TimeSource clock,
                           IdGenerator ids, Auditor auditor) {
        this.templates = templates;
        this.documents = documents;
        this.tx = tx;
        this.clock = clock;
        this.ids = ids;
        this.auditor = auditor;
    }

    @Override
    public List<TemplateView> list(Actor actor, TemplateType type, String purpose) {
        requireRead(actor);
        MessagePurpose p = purpose(purpose);
        return tx.inTenant(actor.tenantId(), () -> {
            Tenant tenant = documents.tenant(actor);
            List<TemplateView> out = new ArrayList<>();
            for (MessageTemplate t : templates.list(actor.tenantId(), type, p)) {
                out.add(view(t, tenant));
            }
            for (MessagePurpose each : MessagePurpose.values()) {
                if (each == MessagePurpose.REPLY || (p != null && p != each)) {
                    continue;
                }
                MessageTemplate.Content builtIn = BuiltInTemplates.of(each, tenant.profileId());
                if (type != null && builtIn.type() != type) {
                    continue;
                }
                boolean replaced = templates.findDefault(actor.tenantId(), each).filter(t -> t.appliesTo(tenant.profileId())).isPresent();
                out.add(new TemplateView(null, builtIn.type(), each.wire(), builtIn.name(), builtIn.subject(), builtIn.body(),
                        true, List.of(tenant.profileId()), List.copyOf(TemplateVariables.of(each)), true, !replaced,
                        null, null, 0));
            }
            return out;
        });
    }

    @Override
    public TemplateView get(Actor actor, TemplateId id) {
        requireRead(actor);
        return tx.inTenant(actor.tenantId(), () -> view(load(actor, id), documents.tenant(actor)));
    }

    @Override
    public TemplateView create(Actor actor, TemplateCommand command) {
        Access.require(actor, Permission.MANAGE_SETTINGS);
        MessageTemplate.Content content = new MessageTemplate.Content(command.type(), purpose(command.purpose()),
                command.name(), command.subject(), command.content(), Boolean.TRUE.equals(command.isDefault()),
                command.profileScopes());
        return tx.inTenant(actor.tenantId(), () -> {
            Tenant tenant = documents.tenant(actor);
            clearOtherDefault(actor, content, null);
            MessageTemplate t = MessageTemplate.create(new TemplateId(ids.newId()), actor.tenantId(), content, clock.now());
            long version = templates.save(t);
            TemplateView view = view(MessageTemplate.rehydrate(t.id(), t.tenantId(), t.content(), t.createdAt(), t.updatedAt(), version), tenant);
            auditor.record(actor, "template", t.id().value(), null, view, t.pullEvents());
            return view;
        });
    }

    @Override
    public TemplateView update(Actor actor, TemplateId id, Long expectedVersion, TemplateCommand patch) {
        Access.require(actor, Permission.MANAGE_SETTINGS);
        return tx.inTenant(actor.tenantId(), () -> {
            Tenant tenant = documents.tenant(actor);
            MessageTemplate t = load(actor, id);
            Versions.requireExpected("Template " + id, expectedVersion, t.version());
            MessageTemplate.Content cur = t.content();
            MessageTemplate.Content next = new MessageTemplate.Content(
                    patch.type() != null ? patch.type() : cur.type(),
                    patch.purpose() != null ? purpose(patch.purpose()) : cur.purpose(),
                    patch.name() != null ? patch.name() : cur.name(),
                    patch.subject() != null ? patch.subject() : cur.subject(),
                    patch.content() != null ? patch.content() : cur.body(),
                    patch.isDefault() != null ? patch.isDefault() : cur.isDefault(),
                    patch.profileScopes() != null ? patch.profileScopes() : cur.profileScopes());
            if (next.equals(cur)) {
                return view(t, tenant);
            }
            TemplateView before = view(t, tenant);
            clearOtherDefault(actor, next, t.id());
            t.revise(next, clock.now());
            long version = templates.save(t);
            TemplateView after = view(MessageTemplate.rehydrate(t.id(), t.tenantId(), t.content(), t.createdAt(), t.updatedAt(), version), tenant);
            auditor.record(actor, "template", t.id().value(), before, after, t.pullEvents());
            return after;
        });
    }

    /** A new default of a purpose replaces the old one (one default per purpose). */
    private void clearOtherDefault(Actor actor, MessageTemplate.Content content, TemplateId self) {
        if (!content.isDefault() || content.purpose() == null) {
            return;
        }
        templates.findDefault(actor.tenantId(), content.purpose()).filter(old -> !old.id().equals(self)).ifPresent(old -> {
            old.clearDefault(clock.now());
            templates.save(old);
            auditor.record(actor, "template", old.id().value(), null, null, old.pullEvents());
        });
    }

    private MessageTemplate load(Actor actor, TemplateId id) {
        return templates.findById(actor.tenantId(), id).orElseThrow(() -> DomainException.notFound("Template", id));
    }

    private static void requireRead(Actor actor) {
        if (Access.refusal(actor, Permission.INBOX_READ).isPresent()) {
            Access.require(actor, Permission.DOCUMENTS_READ);
        }
    }

    private TemplateView view(MessageTemplate t, Tenant tenant) {
        MessageTemplate.Content c = t.content();
        boolean active = c.isDefault() && c.purpose() != null && t.appliesTo(tenant.profileId());
        return new TemplateView(t.id().value(), c.type(), c.purpose() == null ? null : c.purpose().wire(), c.name(),
                c.subject(), c.body(), c.isDefault(), c.profileScopes(), List.copyOf(TemplateVariables.of(c.purpose())),
                false, active, t.createdAt(), t.updatedAt(), t.version());
    }

    /** The purpose of a wire value ({@code invoice_sent}…), null for null. Errors: {@code VALIDATION_ERROR} on {@code purpose}. */
    static MessagePurpose purpose(String wire) {
        if (wire == null || wire.isBlank()) {
            return null;
        }
        Optional<MessagePurpose> p = Arrays.stream(MessagePurpose.values())
                .filter(m -> m.wire().equals(wire.strip().toLowerCase(Locale.ROOT))).findFirst();
        return p.orElseThrow(() -> DomainException.invalid("purpose", "Unknown purpose '" + wire + "'; use one of "
                + Arrays.stream(MessagePurpose.values()).map(MessagePurpose::wire).toList()));
    }
}
