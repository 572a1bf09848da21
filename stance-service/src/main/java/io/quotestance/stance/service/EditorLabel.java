package io.quotestance.stance.service;

import io.quotestance.stance.classifier.StanceLabel;

/**
 * An editor's decision on a quote.
 *
 * @param expectedVersion the label version the editor saw, or {@code null} to overwrite whatever is there
 */
public record EditorLabel(StanceLabel label, String editor, String note, Long expectedVersion) {
}
