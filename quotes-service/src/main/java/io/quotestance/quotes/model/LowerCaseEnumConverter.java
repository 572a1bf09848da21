package io.quotestance.quotes.model;

import jakarta.persistence.AttributeConverter;

import java.util.Locale;

/** Stores an enum as its lower-case name, the form the database check constraints and the API use. */
public abstract class LowerCaseEnumConverter<E extends Enum<E>> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected LowerCaseEnumConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public E convertToEntityAttribute(String column) {
        return fromColumn(type, column);
    }

    /** The enum constant stored as this column value, or null; also for rows read without entities. */
    public static <E extends Enum<E>> E fromColumn(Class<E> type, String column) {
        return column == null ? null : Enum.valueOf(type, column.toUpperCase(Locale.ROOT));
    }
}
