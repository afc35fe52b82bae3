package io.smbhub.bootstrap;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.smbhub.adapter.email.HtmlPdfDocumentRenderer;
import io.smbhub.adapter.email.PickupDirectoryEmailSender;
import io.smbhub.adapter.email.SmtpEmailSender;
import io.smbhub.adapter.email.MimeInboundMailParser;
import io.smbhub.adapter.files.LocalFileStorage;
import io.smbhub.adapter.files.S3FileStorage;
import io.smbhub.adapter.files.S3Settings;
import io.smbhub.adapter.postgres.JooqConversationRepository;
import io.smbhub.adapter.postgres.JooqMessageRepository;
import io.smbhub.adapter.postgres.JooqFileRepository;
import io.smbhub.adapter.postgres.JooqTemplateRepository;
import io.smbhub.adapter.postgres.JooqEmailSettingsRepository;
import io.smbhub.adapter.postgres.JooqOverdueInvoiceScan;
import io.smbhub.application.port.out.EmailSender;
import io.smbhub.application.port.out.AiPricing;
import io.smbhub.application.port.out.LanguageModel;
import io.smbhub.adapter.files.PdfTextReader;
import io.smbhub.adapter.postgres.JooqAiDraftRepository;
import io.smbhub.adapter.postgres.JooqAiReadModel;
import io.smbhub.adapter.postgres.JooqAiSettingsRepository;
import io.smbhub.adapter.postgres.JooqAiUsageRepository;
import io.smbhub.adapter.postgres.JooqDigestRepository;
import io.smbhub.adapter.postgres.JooqExpenseRepository;
import io.smbhub.adapter.postgres.JooqSopRuleRepository;
import io.smbhub.application.port.out.FileStorage;
import io.smbhub.application.port.out.MailAddresses;
import io.smbhub.application.port.out.SmtpServer;
import io.smbhub.adapter.stripe.StripePaymentGateway;
import io.smbhub.adapter.stripe.StripeSettings;
import io.smbhub.adapter.stripe.StripeWebhookEvents;
import io.smbhub.adapter.postgres.JdbcTransactionRunner;
import io.smbhub.adapter.postgres.JooqAuditLog;
import io.smbhub.adapter.postgres.JooqContactRepository;
import io.smbhub.adapter.postgres.JooqContactTimelineReadModel;
import io.smbhub.adapter.postgres.JooqDocumentNumberAllocator;
import io.smbhub.adapter.postgres.JooqIdempotencyStore;
import io.smbhub.adapter.postgres.JooqJobQueue;
import io.smbhub.adapter.postgres.JooqPaymentAccountRepository;
import io.smbhub.adapter.postgres.JooqWebhookEventStore;
import io.smbhub.adapter.postgres.SecretSealer;
import io.micronaut.core.annotation.Nullable;
import io.smbhub.adapter.postgres.JooqInvoiceRepository;
import io.smbhub.adapter.postgres.JooqMemberInvitationRepository;
import io.smbhub.adapter.postgres.JooqPaymentRepository;
import io.smbhub.adapter.postgres.JooqPortalTokenRepository;
import io.smbhub.adapter.postgres.JooqProfileRepository;
import io.smbhub.adapter.postgres.JooqQuoteRepository;
import io.smbhub.adapter.postgres.JooqTenantRepository;
import io.smbhub.adapter.postgres.JooqUserAccountRepository;
import io.smbhub.adapter.postgres.JooqWorkItemRepository;
import io.smbhub.adapter.rest.BcryptPasswordHasher;
import io.smbhub.application.CoreServices;
import io.smbhub.application.memory.SecureRandomTokenGenerator;
import io.smbhub.application.memory.StaticPublicLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * The composition root of the runnable application: every outbound port bound to its production adapter
 * (PostgreSQL repositories, SMTP or pickup-directory email, local or S3 file storage, bcrypt, system clock, UUIDv7
 * ids), and the core wired once through {@link CoreServices}. The REST adapter exposes the inbound ports from it.
 *
 * <p>Configuration: {@link MailConfiguration} (SMTP_*, MAIL_FROM, INBOUND_EMAIL_*, IMAP_*),
 * {@code smbhub.mail.pickup-directory} (default {@code ./data/outbox}, used without SMTP_HOST), files in
 * {@code smbhub.files.dir} (SMBHUB_FILES_DIR, default {@code ./data/files}) or an S3-compatible bucket when
 * {@code S3_BUCKET} is set ({@code S3_ENDPOINT}, {@code S3_REGION}, {@code S3_ACCESS_KEY_ID},
 * {@code S3_SECRET_ACCESS_KEY}, {@code S3_PATH_STYLE}); the language model from {@link LlmConfiguration}
 * ({@code GEMINI_*}) and the AI price table and plans from {@link AiConfiguration}.
 */
@Factory
public class CoreFactory {

    private static final Logger LOG = LoggerFactory.getLogger(CoreFactory.class);

    @Context
    CoreServices coreServices(JdbcTransactionRunner tx, MailConfiguration mail, LanguageModel languageModel,
                              AiPricing aiPricing,
                              @Value("${smbhub.mail.pickup-directory}") String pickupDirectory,
                              @Value("${smbhub.files.dir}") String filesDir,
                              @Nullable @Value("${s3.bucket:}") String s3Bucket,
                              @Nullable @Value("${s3.endpoint:}") String s3Endpoint,
                              @Nullable @Value("${s3.region:}") String s3Region,
                              @Nullable @Value("${s3.access.key.id:}") String s3AccessKeyId,
                              @Nullable @Value("${s3.secret.access.key:}") String s3SecretAccessKey,
                              @Value("${s3.path.style:true}") boolean s3PathStyle,
                              @Value("${smbhub.public-url}") String publicUrl,
                              @Nullable @Value("${smbhub.secrets.key:}") String secretsKey,
                              @Value("${smbhub.secrets.key-file}") String secretsKeyFile,
                              @Nullable @Value("${stripe.api.key:}") String stripeApiKey,
                              @Nullable @Value("${stripe.webhook.secret:}") String stripeWebhookSecret,
                              @Nullable @Value("${stripe.api.base:}") String stripeApiBase) {
        StripeSettings stripe = StripeSettings.fromEnvironment(Map.of(
                StripeSettings.ENV_API_KEY, nullToEmpty(stripeApiKey),
                StripeSettings.ENV_WEBHOOK_SECRET, nullToEmpty(stripeWebhookSecret),
                StripeSettings.ENV_API_BASE, nullToEmpty(stripeApiBase))::get);
        LOG.info("Online payments: {}", stripe.configured()
                ? "Stripe" + (stripe.apiBase() == null ? "" : " at " + stripe.apiBase())
                : "off (set STRIPE_API_KEY and STRIPE_WEBHOOK_SECRET)");
        SecretSealer sealer = new SecretSealer(SecretsKey.load(secretsKey, Path.of(secretsKeyFile)));
        SmtpServer smtp = mail.smtp();
        EmailSender email;
        if (smtp == null) {
            Path outbox = Path.of(pickupDirectory).toAbsolutePath().normalize();
            LOG.info("Email: no SMTP_HOST, so emails are written as .eml files to {}", outbox);
            email = new PickupDirectoryEmailSender(outbox, mail.mailFrom(), Clock.systemUTC());
        } else {
            LOG.info("Email: sending through SMTP {}", smtp);
            email = new SmtpEmailSender(smtp, mail.mailFrom(), Clock.systemUTC(), mail.options());
        }
        FileStorage files;
        if (s3Bucket != null && !s3Bucket.isBlank()) {
            files = new S3FileStorage(new S3Settings(s3Endpoint, s3Region, s3Bucket, s3AccessKeyId, s3SecretAccessKey, s3PathStyle));
            LOG.info("Files: S3 bucket {}", s3Bucket);
        } else {
            files = new LocalFileStorage(Path.of(filesDir).toAbsolutePath().normalize());
            LOG.info("Files: local directory {}", Path.of(filesDir).toAbsolutePath().normalize());
        }
        LOG.info("Inbound email: tenants' addresses are plus-addresses of {}", mail.inboundAddress());
        SystemTimeSource clock = new SystemTimeSource();
        return new CoreServices(new CoreServices.Ports(tx, clock, new UuidV7IdGenerator(),
                new JooqTenantRepository(tx), new JooqUserAccountRepository(tx), new JooqContactRepository(tx),
                new JooqWorkItemRepository(tx), new JooqQuoteRepository(tx), new JooqInvoiceRepository(tx),
                new JooqPaymentRepository(tx), new JooqDocumentNumberAllocator(tx), new JooqAuditLog(tx),
                new JooqIdempotencyStore(tx), email,
                new BcryptPasswordHasher(), new JooqProfileRepository(tx, clock), new SecureRandomTokenGenerator(),
                new JooqContactTimelineReadModel(tx), new JooqMemberInvitationRepository(tx),
                new StripePaymentGateway(stripe), new StripeWebhookEvents(stripe),
                new JooqJobQueue(tx), new JooqWebhookEventStore(tx), new JooqPaymentAccountRepository(tx, sealer),
                new HtmlPdfDocumentRenderer(),
                new StaticPublicLinks(publicUrl), new JooqPortalTokenRepository(tx),
                new JooqConversationRepository(tx), new JooqMessageRepository(tx), new JooqFileRepository(tx), files,
                new JooqTemplateRepository(tx), new JooqEmailSettingsRepository(tx, sealer), new JooqOverdueInvoiceScan(tx),
                new MimeInboundMailParser(), MailAddresses.of(mail.inboundAddress(), bareAddress(mail.mailFrom())),
                languageModel, new PdfTextReader(), new JooqAiDraftRepository(tx), new JooqAiSettingsRepository(tx),
                new JooqSopRuleRepository(tx), new JooqDigestRepository(tx), new JooqAiUsageRepository(tx),
                new JooqAiReadModel(tx), aiPricing, new JooqExpenseRepository(tx)));
    }

    /** The address of a {@code MAIL_FROM} value such as {@code SMB Hub <billing@example.com>}. */
    static String bareAddress(String mailFrom) {
        int open = mailFrom.lastIndexOf('<');
        int close = mailFrom.lastIndexOf('>');
        return open >= 0 && close > open ? mailFrom.substring(open + 1, close).strip() : mailFrom.strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
