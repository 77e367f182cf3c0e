package org.civicspace.e2e.hostile;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The operations of the merged OpenAPI document, with their parameters and request-body schemas resolved (every
 * {@code $ref} into {@code components/schemas} followed, {@code allOf} merged), and a plausible value for any
 * schema: its first example, enum value or a value of its type and format.
 */
public final class ApiOperations {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    private static final int MAX_DEPTH = 6;

    private final JsonNode schemas;

    private ApiOperations(JsonNode document) {
        this.schemas = document.path("components").path("schemas");
    }

    /** A parameter of an operation: {@code in} is path, query or header. */
    public record Parameter(String name, String in, JsonNode schema, boolean required) {
    }

    /** One operation: its method, path template, parameters, resolved body schema (null when none). */
    public record Operation(String method, String path, List<Parameter> parameters, JsonNode body,
            boolean documentedAnonymous) {

        public String key() {
            return method + " " + path;
        }

        public List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        public boolean isRead() {
            return method.equals("GET");
        }
    }

    /** Every operation of the document, in the document's order, but the never-ending event stream. */
    public static List<Operation> of(JsonNode document) {
        ApiOperations api = new ApiOperations(document);
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null || operation.path("responses").path("200").path("content")
                        .has("text/event-stream")) {
                    // a stream never ends: the gateway's own tests cover its limits (FeedStreamLimitsTest)
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : concat(path.getValue().path("parameters"), operation.path("parameters"))) {
                    parameters.add(new Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
                            api.resolve(parameter.path("schema")), parameter.path("required").asBoolean()));
                }
                JsonNode content = operation.path("requestBody").path("content").path("application/json");
                JsonNode body = content.isMissingNode() ? null : api.resolve(content.path("schema"));
                JsonNode security = operation.get("security");
                operations.add(new Operation(method.toUpperCase(), path.getKey(), parameters, body,
                        security == null || security.isEmpty()));
            }
        }
        return operations;
    }

    private static List<JsonNode> concat(JsonNode first, JsonNode second) {
        List<JsonNode> all = new ArrayList<>();
        first.forEach(all::add);
        second.forEach(all::add);
        return all;
    }

    /** The schema with its references followed and allOf merged; sibling keywords of a $ref win. */
    JsonNode resolve(JsonNode schema) {
        return resolve(schema, 0);
    }

    private JsonNode resolve(JsonNode schema, int depth) {
        if (schema == null || schema.isMissingNode() || !schema.isObject() || depth > MAX_DEPTH) {
            return JSON.objectNode();
        }
        ObjectNode resolved = JSON.objectNode();
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            resolved.setAll((ObjectNode) resolve(schemas.path(name), depth + 1));
        }
        for (JsonNode part : schema.path("allOf")) {
            resolved.setAll((ObjectNode) resolve(part, depth + 1));
        }
        for (String alternative : List.of("oneOf", "anyOf")) {
            if (schema.path(alternative).size() > 0) {
                resolved.setAll((ObjectNode) resolve(schema.path(alternative).get(0), depth + 1));
            }
        }
        schema.fields().forEachRemaining(field -> {
            switch (field.getKey()) {
                case "$ref", "allOf", "oneOf", "anyOf" -> {
                }
                case "properties" -> {
                    ObjectNode properties = resolved.has("properties") ? (ObjectNode) resolved.get("properties")
                            : resolved.putObject("properties");
                    field.getValue().fields().forEachRemaining(p -> properties.set(p.getKey(),
                            resolve(p.getValue(), depth + 1)));
                }
                case "items", "additionalProperties" -> resolved.set(field.getKey(), field.getValue().isObject()
                        ? resolve(field.getValue(), depth + 1) : field.getValue());
                default -> resolved.set(field.getKey(), field.getValue());
            }
        });
        return resolved;
    }

    /** A plausible request body for the operation (null when it takes none). */
    public static JsonNode exampleOf(Operation operation, long seed) {
        return operation.body() == null ? null : valueOf(operation.body(), new Random(seed));
    }

    /** The JSON type a resolved schema describes ({@code string} when it says none). */
    static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : "string";
    }

    /** A plausible value for the schema: what a well-meaning client would send. */
    static JsonNode valueOf(JsonNode schema, Random random) {
        return valueOf(schema, random, 0);
    }

    private static JsonNode valueOf(JsonNode schema, Random random, int depth) {
        if (schema.path("examples").size() > 0) {
            return schema.path("examples").get(0).deepCopy();
        }
        if (schema.has("example")) {
            return schema.get("example").deepCopy();
        }
        if (schema.path("enum").size() > 0) {
            return schema.path("enum").get(0).deepCopy();
        }
        return switch (typeOf(schema)) {
            case "object" -> {
                ObjectNode object = JSON.objectNode();
                if (depth < MAX_DEPTH) {
                    schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(),
                            valueOf(p.getValue(), random, depth + 1)));
                    if (object.isEmpty() && schema.path("additionalProperties").isObject()) {
                        object.set("en", valueOf(schema.path("additionalProperties"), random, depth + 1));
                    }
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                if (depth < MAX_DEPTH) {
                    for (int i = 0; i < Math.max(1, schema.path("minItems").asInt(1)); i++) {
                        array.add(valueOf(schema.path("items"), random, depth + 1));
                    }
                }
                yield array;
            }
            case "integer" -> JSON.numberNode(schema.path("minimum").asLong(1));
            case "number" -> JSON.numberNode(schema.path("minimum").asDouble(1.0));
            case "boolean" -> JSON.booleanNode(true);
            default -> JSON.textNode(stringOf(schema, random));
        };
    }

    private static String stringOf(JsonNode schema, Random random) {
        String pattern = schema.path("pattern").asText();
        if (pattern.matches("[a-z0-9-]+(\\|[a-z0-9-]+)+")) {
            return pattern.substring(0, pattern.indexOf('|')); // an enumeration written as a pattern
        }
        return switch (schema.path("format").asText()) {
            case "uuid" -> new UUID(random.nextLong(), random.nextLong()).toString();
            case "date" -> LocalDate.now().plusDays(30).toString();
            case "date-time" -> LocalDateTime.now().plusDays(30).withNano(0) + "Z";
            case "email" -> "someone@example.org";
            case "uri", "url" -> "https://example.org/";
            default -> "x".repeat(Math.max(1, schema.path("minLength").asInt(4)));
        };
    }
}
