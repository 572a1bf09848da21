package io.quotestance.stance.rest;

import java.util.List;

public record LabelsResponse(List<LabelView> labels) {
}
