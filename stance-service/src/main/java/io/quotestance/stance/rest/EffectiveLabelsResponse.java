package io.quotestance.stance.rest;

import java.util.List;

public record EffectiveLabelsResponse(List<EffectiveLabelView> labels) {
}
