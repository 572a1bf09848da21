package io.quotestance.gateway.client;

import java.util.List;

/** The body of stance-service's {@code POST /classify/batch}. */
public record ClassifyBatch(List<ClassifyRequest> items) {
}
