package io.smbhub.application.service.inbox;

import io.smbhub.application.port.out.MailAddresses;
import io.smbhub.domain.shared.TenantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Each tenant's inbound plus-address routes its mail back to it (issue 5)")
class InboundAddressesTest {

    private static final TenantId ACME = new TenantId(UUID.fromString("0190f1c2-3d4e-7f60-8a9b-0c1d2e3f4a5b"));
    private final InboundAddresses addresses = new InboundAddresses(MailAddresses.of(" Inbox@In.Example.com ", "billing@example.com"));

    @Test
    void theAddressIsAPlusAddressOfTheInboundMailboxWith26KeyCharacters() {
        String address = addresses.of(ACME);

        assertThat(address).matches("inbox\\+[0-9a-hjkmnp-tv-z]{26}@in\\.example\\.com");
        assertThat(addresses.domain()).isEqualTo("in.example.com");
    }

    @Test
    void keysRoundTripForRandomAndExtremeIds() {
        Random random = new Random(20260301);
        List<UUID> ids = new ArrayList<>(List.of(new UUID(0, 0), new UUID(-1, -1), new UUID(Long.MIN_VALUE, 1),
                ACME.value()));
        for (int i = 0; i < 2000; i++) {
            ids.add(new UUID(random.nextLong(), random.nextLong()));
        }

        for (UUID id : ids) {
            String key = InboundAddresses.key(id);
            assertThat(key).hasSize(26);
            assertThat(InboundAddresses.parseKey(key)).as("key of %s", id).contains(id);
            assertThat(InboundAddresses.parseKey(key.toUpperCase())).contains(id);
        }
    }

    @Test
    void differentTenantsGetDifferentAddresses() {
        TenantId other = new TenantId(UUID.fromString("0190f1c2-3d4e-7f60-8a9b-0c1d2e3f4a5c"));

        assertThat(addresses.of(other)).isNotEqualTo(addresses.of(ACME));
        assertThat(addresses.route(List.of(addresses.of(other)))).contains(other);
    }

    @Test
    void routingPicksTheTenantAddressAmongOtherRecipientsIgnoringCaseAndDisplayNames() {
        String ours = addresses.of(ACME);

        assertThat(addresses.route(List.of("ceo@acme.test", "\"Acme Inbox\" <" + ours.toUpperCase() + ">", "x@y.test")))
                .contains(ACME);
        assertThat(addresses.route(java.util.Arrays.asList(null, "  Acme <" + ours + ">  "))).contains(ACME);
        assertThat(addresses.route(List.of(" " + ours + " "))).contains(ACME);
    }

    @ParameterizedTest(name = "\"{0}\" is not a tenant address")
    @ValueSource(strings = {
            "inbox@in.example.com",
            "inbox+@in.example.com",
            "inbox+01jd3kq8m2x7c5v0t9r4ye6wb@in.example.com",
            "inbox+01jd3kq8m2x7c5v0t9r4ye6wbnn@in.example.com",
            "inbox+01jd3kq8m2x7c5v0t9r4ye6wbu@in.example.com",
            "inbox+zzzzzzzzzzzzzzzzzzzzzzzzzz@in.example.com",
            "sales+01jd3kq8m2x7c5v0t9r4ye6wbn@in.example.com",
            "inbox+01jd3kq8m2x7c5v0t9r4ye6wbn@other.example.com",
            "inbox+01jd3kq8m2x7c5v0t9r4ye6wbn@sub.in.example.com",
            "inbox+01jd3kq8m2x7c5v0t9r4ye6wbn",
            "",
    })
    void otherAddressesDoNotRoute(String recipient) {
        assertThat(addresses.route(List.of(recipient))).isEmpty();
    }

    @Test
    void aKeyFromAnotherDomainIsIgnoredEvenWhenValid() {
        String key = InboundAddresses.key(ACME.value());

        assertThat(addresses.route(List.of("inbox+" + key + "@evil.test"))).isEmpty();
        assertThat(addresses.route(List.of("inbox+" + key + "@evil.test", "inbox+" + key + "@in.example.com"))).contains(ACME);
    }
}
