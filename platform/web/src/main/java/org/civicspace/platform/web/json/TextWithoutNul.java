package org.civicspace.platform.web.json;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Refuses a JSON string, or a JSON object's member name, that contains the NUL character (U+0000). PostgreSQL
 * cannot store it in text or jsonb, so without this check such a request got as far as the database and failed
 * there with a 500; now it is a 400 {@code validation} problem naming the field, before anything is done.
 */
@Singleton
public class TextWithoutNul implements ObjectMapperCustomizer {

    private static final char NUL = '\u0000';

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("text-without-nul")
                .addDeserializer(String.class, new Strings())
                .addKeyDeserializer(String.class, new Keys()));
    }

    private static final class Strings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return refuseNul(parser, super.deserialize(parser, context));
        }
    }

    private static final class Keys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            return refuseNul(context.getParser(), key);
        }
    }

    private static String refuseNul(JsonParser parser, String text) throws InvalidFormatException {
        if (text != null && text.indexOf(NUL) >= 0) {
            throw InvalidFormatException.from(parser, "text must not contain the NUL character", text, String.class);
        }
        return text;
    }
}
