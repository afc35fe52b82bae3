package io.smbhub.application.port.in.timeline;

/**
 * The objects that have a timeline of their own audit entries ({@code GET /v1/<objects>/{id}/timeline}), each
 * with the {@code entity_type} its audit entries carry (also the {@code entity_type} filter of
 * {@code GET /v1/audit-logs}).
 */
public enum TimelineSubject {
    WORK_ITEM("work_item"),
    QUOTE("quote"),
    INVOICE("invoice"),
    PAYMENT("payment");

    private final String entityType;

    TimelineSubject(String entityType) {
        this.entityType = entityType;
    }

    /** The audit entries' {@code entity_type}, e.g. {@code work_item}. */
    public String entityType() {
        return entityType;
    }
}
