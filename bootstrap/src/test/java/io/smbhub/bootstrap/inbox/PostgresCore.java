package io.smbhub.bootstrap.inbox;

import io.smbhub.adapter.email.HtmlPdfDocumentRenderer;
import io.smbhub.adapter.email.MimeInboundMailParser;
import io.smbhub.adapter.files.LocalFileStorage;
import io.smbhub.adapter.postgres.*;
import io.smbhub.adapter.rest.BcryptPasswordHasher;
import io.smbhub.application.CoreServices;
import io.smbhub.application.memory.ManualTimeSource;
import io.smbhub.application.memory.SecureRandomTokenGenerator;
import io.smbhub.application.memory.StaticPublicLinks;
import io.smbhub.application.memory.UnconfiguredPaymentProvider;
import io.smbhub.application.port.out.EmailSender;
import io.smbhub.application.port.out.MailAddresses;
import io.smbhub.bootstrap.UuidV7IdGenerator;

import java.nio.file.Path;

/**
 * One "app instance" of the core for multi-instance tests: every production adapter on a shared PostgreSQL test
 * database (repositories, job queue, sealed settings, PDF renderer, local files, MIME parser), with a manual clock
 * (simulated days, lease expiry) and the given {@link EmailSender} (the real SMTP sender against an in-process mail
 * server). Several instances on one database behave like several app servers.
 */
final class PostgresCore {

    static final String INBOUND = "inbox@inbound.smbhub.test";
    private static final SecretSealer SEALER = new SecretSealer(new byte[32]);

    private PostgresCore() {
    }

    /** One instance: its core and its transaction runner. */
    record Instance(CoreServices core, JdbcTransactionRunner tx) {
    }

    static Instance start(TestDatabase db, ManualTimeSource clock, EmailSender email, Path files) {
        return start(db, clock, email, files, new io.smbhub.application.memory.UnconfiguredLanguageModel());
    }

    /** As {@link #start(TestDatabase, ManualTimeSource, EmailSender, Path)} with a language model (issue 6). */
    static Instance start(TestDatabase db, ManualTimeSource clock, EmailSender email, Path files,
                          io.smbhub.application.port.out.LanguageModel model) {
        JdbcTransactionRunner tx = new JdbcTransactionRunner(db.dataSource());
        UnconfiguredPaymentProvider payments = new UnconfiguredPaymentProvider();
        return new Instance(new CoreServices(new CoreServices.Ports(tx, clock, new UuidV7IdGenerator(),
                new JooqTenantRepository(tx), new JooqUserAccountRepository(tx), new JooqContactRepository(tx),
                new JooqWorkItemRepository(tx), new JooqQuoteRepository(tx), new JooqInvoiceRepository(tx),
                new JooqPaymentRepository(tx), new JooqDocumentNumberAllocator(tx), new JooqAuditLog(tx),
                new JooqIdempotencyStore(tx), email, new BcryptPasswordHasher(), new JooqProfileRepository(tx, clock),
                new SecureRandomTokenGenerator(), new JooqContactTimelineReadModel(tx),
                new JooqMemberInvitationRepository(tx), payments, payments, new JooqJobQueue(tx),
                new JooqWebhookEventStore(tx), new JooqPaymentAccountRepository(tx, SEALER), new HtmlPdfDocumentRenderer(),
                new StaticPublicLinks("http://localhost:8080"), new JooqPortalTokenRepository(tx),
                new JooqConversationRepository(tx), new JooqMessageRepository(tx), new JooqFileRepository(tx),
                new LocalFileStorage(files), new JooqTemplateRepository(tx), new JooqEmailSettingsRepository(tx, SEALER),
                new JooqOverdueInvoiceScan(tx), new MimeInboundMailParser(),
                MailAddresses.of(INBOUND, "billing@smbhub.test"), model, new io.smbhub.adapter.files.PdfTextReader(),
                new io.smbhub.adapter.postgres.JooqAiDraftRepository(tx), new io.smbhub.adapter.postgres.JooqAiSettingsRepository(tx),
                new io.smbhub.adapter.postgres.JooqSopRuleRepository(tx), new io.smbhub.adapter.postgres.JooqDigestRepository(tx),
                new io.smbhub.adapter.postgres.JooqAiUsageRepository(tx), new io.smbhub.adapter.postgres.JooqAiReadModel(tx),
                io.smbhub.application.port.out.AiPricing.defaults(), new io.smbhub.adapter.postgres.JooqExpenseRepository(tx))), tx);
    }
}
