package io.quotestance.quotes.model;

import java.util.List;

/**
 * Criteria of a quote search; a null criterion is not applied.
 *
 * @param speakerIds   the quote's speaker is one of these
 * @param textFragment the quote text contains it, ignoring case
 */
public record QuoteFilter(List<Long> speakerIds, StanceLabel stance, Long articleId, String textFragment) {
}
