package org.civicspace.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Checks an event's data against the JSON Schema its producer publishes at {@code events/<type>.schema.json} on the
 * classpath, so a test fails when the wire format drifts from the catalogue.
 */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private EventSchemas() {
    }

    /** The violations of {@code data} against the schema of event type {@code type}; empty when it conforms. */
    public static Set<String> violations(String type, String data) {
        String resource = "events/" + type + ".schema.json";
        try (InputStream schemaText = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (schemaText == null) {
                return Set.of("no schema on the classpath at " + resource);
            }
            JsonSchema schema = FACTORY.getSchema(schemaText);
            Set<ValidationMessage> messages = schema.validate(JSON.readTree(data));
            return messages.stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
