package io.quotestance.stance.model;

/** Who gave a label: the classifier or an editor. */
public enum LabelSource {
    AUTO,
    HUMAN
}
