package io.smbhub.application.memory;

import io.smbhub.application.port.out.DocumentDelivery;
import io.smbhub.application.port.out.OutgoingMessage;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link DocumentDelivery} that keeps messages in memory instead of sending them; tests read
 * {@link #delivered()} and can make the next deliveries fail with {@code PROVIDER_ERROR}.
 */
public final class RecordingDocumentDelivery implements DocumentDelivery {

    private final List<OutgoingMessage> delivered = new ArrayList<>();
    private boolean failing;

    @Override
    public synchronized String deliver(OutgoingMessage message) {
        if (failing) {
            throw new DomainException(ErrorCode.PROVIDER_ERROR, "Delivery of " + message.reference() + " failed; try again");
        }
        delivered.add(message);
        return "memory-" + delivered.size();
    }

    public synchronized List<OutgoingMessage> delivered() {
        return List.copyOf(delivered);
    }

    public synchronized void failNextDeliveries(boolean fail) {
        this.failing = fail;
    }
}
