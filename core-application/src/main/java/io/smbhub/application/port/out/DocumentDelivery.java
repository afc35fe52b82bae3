package io.smbhub.application.port.out;

/**
 * Delivers a rendered quote or invoice message to the customer (email today). Returns only after the
 * message was accepted by the transport. Errors: {@code PROVIDER_ERROR} when it was not; the caller then
 * leaves the document unchanged.
 */
public interface DocumentDelivery {
    /** @return the transport's message id */
    String deliver(OutgoingMessage message);
}
