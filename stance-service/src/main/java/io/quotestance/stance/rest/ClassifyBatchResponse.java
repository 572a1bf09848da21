package io.quotestance.stance.rest;

import java.util.List;

/** One result per statement, in the order the statements were given. */
public record ClassifyBatchResponse(List<StanceView> results) {
}
