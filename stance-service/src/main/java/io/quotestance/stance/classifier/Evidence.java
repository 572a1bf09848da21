package io.quotestance.stance.classifier;

/**
 * A span that decided a label.
 *
 * @param text  the words as they stand
 * @param start offset in the statement text, or {@code null} when the words are the cue outside the statement
 * @param end   exclusive end offset, or {@code null} like {@code start}
 * @param rule  the rule or feature that fired, e.g. {@code negated-confirmation}
 */
public record Evidence(String text, Integer start, Integer end, String rule) {
}
