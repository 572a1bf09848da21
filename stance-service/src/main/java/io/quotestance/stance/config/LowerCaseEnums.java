package io.quotestance.stance.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.quotestance.stance.classifier.StanceLabel;
import io.quotestance.stance.model.LabelSource;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.Locale;

/**
 * Labels and sources travel in lower case ({@code confirm}, {@code human}); other spellings are rejected rather than
 * guessed, so that a typo in an editor's label is a 400 and not a silent miss.
 */
@Singleton
public class LowerCaseEnums implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("lower-case-enums");
        module.addSerializer(StanceLabel.class, new LowerCaseSerializer<>(StanceLabel.class));
        module.addSerializer(LabelSource.class, new LowerCaseSerializer<>(LabelSource.class));
        module.addDeserializer(StanceLabel.class, new LowerCaseDeserializer<>(StanceLabel.class));
        mapper.registerModule(module);
    }

    private static String spell(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static final class LowerCaseSerializer<E extends Enum<E>> extends StdScalarSerializer<E> {

        LowerCaseSerializer(Class<E> type) {
            super(type);
        }

        @Override
        public void serialize(E value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(spell(value));
        }
    }

    private static final class LowerCaseDeserializer<E extends Enum<E>> extends StdScalarDeserializer<E> {

        private final Class<E> type;

        LowerCaseDeserializer(Class<E> type) {
            super(type);
            this.type = type;
        }

        @Override
        public E deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return type.cast(context.handleUnexpectedToken(type, parser));
            }
            String text = parser.getText();
            for (E constant : type.getEnumConstants()) {
                if (spell(constant).equals(text)) {
                    return constant;
                }
            }
            throw InvalidFormatException.from(parser, "not one of the accepted values", text, type);
        }
    }
}
