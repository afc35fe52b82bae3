package io.smbhub.application.memory;

import io.smbhub.application.port.out.InboundEmail;
import io.smbhub.application.port.out.InboundMailParser;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;

/**
 * The {@link InboundMailParser} of a core started without one: every receive answers {@code UNAVAILABLE}. MIME parsing
 * needs a mail library, which the core does not carry; pass adapter-email's {@code MimeInboundMailParser} to
 * {@link InMemoryCore#start(java.time.Instant, io.smbhub.application.port.out.PaymentGateway,
 * io.smbhub.application.port.out.PaymentEventTranslator, InboundMailParser)} to receive mail in memory.
 */
public final class UnconfiguredMailParser implements InboundMailParser {
    @Override
    public InboundEmail parse(byte[] rawMime) {
        throw new DomainException(ErrorCode.UNAVAILABLE, "Receiving email is not configured in this core (no MIME parser)");
    }
}
