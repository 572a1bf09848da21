package io.quotestance.gateway.client;

import java.util.List;

/** The body of stance-service's {@code POST /labels}. */
public record LabelRequest(List<LabelItem> items) {
}
