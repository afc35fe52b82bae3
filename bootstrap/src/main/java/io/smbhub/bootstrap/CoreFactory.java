package io.smbhub.bootstrap;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.smbhub.adapter.email.HtmlPdfDocumentRenderer;
import io.smbhub.adapter.email.PickupDirectoryDocumentDelivery;
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
 * (PostgreSQL repositories, pickup-directory email delivery, bcrypt, system clock, UUIDv7 ids), and the
 * core wired once through {@link CoreServices}. The REST adapter exposes the inbound ports from it.
 *
 * <p>Configuration: {@code smbhub.mail.pickup-directory} (default {@code ./data/outbox}) and
 * {@code smbhub.mail.from} (default {@code billing@smbhub.local}).
 */
@Factory
public class CoreFactory {

    private static final Logger LOG = LoggerFactory.getLogger(CoreFactory.class);

    @Context
    CoreServices coreServices(JdbcTransactionRunner tx,
                              @Value("${smbhub.mail.pickup-directory}") String pickupDirectory,
                              @Value("${smbhub.mail.from}") String mailFrom,
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
        Path outbox = Path.of(pickupDirectory).toAbsolutePath().normalize();
        LOG.info("Invoice and quote emails are written as .eml files to {}", outbox);
        SystemTimeSource clock = new SystemTimeSource();
        return new CoreServices(new CoreServices.Ports(tx, clock, new UuidV7IdGenerator(),
                new JooqTenantRepository(tx), new JooqUserAccountRepository(tx), new JooqContactRepository(tx),
                new JooqWorkItemRepository(tx), new JooqQuoteRepository(tx), new JooqInvoiceRepository(tx),
                new JooqPaymentRepository(tx), new JooqDocumentNumberAllocator(tx), new JooqAuditLog(tx),
                new JooqIdempotencyStore(tx), new PickupDirectoryDocumentDelivery(outbox, mailFrom, Clock.systemUTC()),
                new BcryptPasswordHasher(), new JooqProfileRepository(tx, clock), new SecureRandomTokenGenerator(),
                new JooqContactTimelineReadModel(tx), new JooqMemberInvitationRepository(tx),
                new StripePaymentGateway(stripe), new StripeWebhookEvents(stripe),
                new JooqJobQueue(tx), new JooqWebhookEventStore(tx), new JooqPaymentAccountRepository(tx, sealer),
                new HtmlPdfDocumentRenderer(),
                new StaticPublicLinks(publicUrl), new JooqPortalTokenRepository(tx)));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
