package io.quotestance.stance.classifier;

/** The four stances of the guide, toward the claim the article reports. */
public enum StanceLabel {
    CONFIRM,
    DENY,
    UNCERTAIN,
    CONCERN
}
