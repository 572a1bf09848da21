package io.quotestance.quotes.extraction;

/**
 * One statement the article attributes to a source.
 *
 * @param text    the quoted words without the marks (direct, mixed) or the reported clause (indirect)
 * @param type    direct, indirect or mixed
 * @param cue     the reporting word as written ({@code told}, {@code describing}, {@code according to}), or {@code null}
 * @param start   offset of {@code text} in the article, in UTF-16 units
 * @param end     exclusive end offset of {@code text} in the article
 * @param speaker who said it
 */
public record ExtractedQuote(String text, QuoteType type, String cue, int start, int end, ExtractedSpeaker speaker) {
}
