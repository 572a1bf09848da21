package io.quotestance.stance.model;

import io.quotestance.stance.classifier.StanceLabel;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Locale;

/** Stores labels in lower case, as the API and the copy in quotes-service spell them. */
@Converter(autoApply = true)
public class StanceLabelConverter implements AttributeConverter<StanceLabel, String> {

    @Override
    public String convertToDatabaseColumn(StanceLabel label) {
        return label == null ? null : label.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public StanceLabel convertToEntityAttribute(String column) {
        return column == null ? null : StanceLabel.valueOf(column.toUpperCase(Locale.ROOT));
    }
}
