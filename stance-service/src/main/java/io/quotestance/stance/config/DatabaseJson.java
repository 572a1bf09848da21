package io.quotestance.stance.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;

/**
 * How scores and evidence are written to jsonb columns: a plain mapper of its own, so that the REST layer's JSON
 * settings never change what is stored.
 */
@JsonFormat
@PersistenceUnitExtension
public class DatabaseJson implements FormatMapper {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final FormatMapper delegate = new JacksonJsonFormatMapper(MAPPER);

    /** The column value for native SQL, written exactly as Hibernate writes it. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a jsonb value", e);
        }
    }

    /** A column value read by native SQL, as Hibernate would read it. */
    public static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not read a jsonb value", e);
        }
    }

    @Override
    public <T> T fromString(CharSequence json, JavaType<T> javaType, WrapperOptions options) {
        return delegate.fromString(json, javaType, options);
    }

    @Override
    public <T> String toString(T value, JavaType<T> javaType, WrapperOptions options) {
        return delegate.toString(value, javaType, options);
    }
}
