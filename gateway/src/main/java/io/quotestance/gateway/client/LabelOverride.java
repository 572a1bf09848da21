package io.quotestance.gateway.client;

/** The body of stance-service's {@code PUT /labels/{quoteId}}: an editor's label. */
public record LabelOverride(String label, String note, String editor, Long expectedVersion) {
}
