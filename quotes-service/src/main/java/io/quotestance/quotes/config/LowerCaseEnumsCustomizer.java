package io.quotestance.quotes.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.Locale;

/** Enums travel in lower case, including the engine's, which this service must not annotate. */
@Singleton
public class LowerCaseEnumsCustomizer implements ObjectMapperCustomizer {

    @Override
    @SuppressWarnings({ "rawtypes", "unchecked" })
    public void customize(ObjectMapper mapper) {
        SimpleModule lowerCaseEnums = new SimpleModule("lower-case-enums");
        lowerCaseEnums.addSerializer(Enum.class, new StdSerializer<>(Enum.class) {
            @Override
            public void serialize(Enum value, JsonGenerator generator, SerializerProvider provider) throws IOException {
                generator.writeString(value.name().toLowerCase(Locale.ROOT));
            }
        });
        mapper.registerModule(lowerCaseEnums);
    }
}
