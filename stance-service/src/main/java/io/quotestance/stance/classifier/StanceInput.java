package io.quotestance.stance.classifier;

/**
 * What the classifier judges.
 *
 * @param text  the statement: quoted words or reported clause
 * @param cue   the reporting word that introduced it ({@code denied}, {@code warned}), or {@code null}
 * @param claim the claim to judge the statement against, or {@code null} for the statement's own stance
 */
public record StanceInput(String text, String cue, String claim) {
}
