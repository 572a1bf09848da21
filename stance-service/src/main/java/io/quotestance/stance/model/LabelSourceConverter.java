package io.quotestance.stance.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Locale;

/** Stores sources in lower case, like the labels. */
@Converter(autoApply = true)
public class LabelSourceConverter implements AttributeConverter<LabelSource, String> {

    @Override
    public String convertToDatabaseColumn(LabelSource source) {
        return source == null ? null : source.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public LabelSource convertToEntityAttribute(String column) {
        return column == null ? null : LabelSource.valueOf(column.toUpperCase(Locale.ROOT));
    }
}
