package org.civicspace.e2e.contract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a client generator needs of the API document, as findings: an {@code operationId} on every operation (unique,
 * verbNoun), a typed success response with its media type (no JSON answer typed void or Object), an example on every
 * request body and success response, and schemas named for what they hold.
 *
 * <p>An example counts when it is on the media type, or on the schema, or when every plain text and number property
 * reachable from the schema has one (an example a reader can assemble, as Swagger UI does); enums, identifiers,
 * dates and booleans explain themselves.
 */
final class ContractRules {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Pattern VERB_NOUN = Pattern.compile("[a-z]+[A-Z][A-Za-z0-9]*");
    private static final Pattern GENERIC_NAME = Pattern.compile("(Page|Result|Response|Object|Data)\\d*|.*\\d");
    private static final Set<String> SELF_EXPLAINING_FORMATS = Set.of("uuid", "date", "date-time", "uri");
    private static final String SCHEMAS = "#/components/schemas/";

    private final JsonNode document;

    ContractRules(JsonNode document) {
        this.document = document;
    }

    List<String> findings() {
        List<String> findings = new ArrayList<>();
        Map<String, String> operationIds = new HashMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            String where = entry.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = entry.getValue();
            String id = operation.path("operationId").asText("");
            if (id.isEmpty()) {
                findings.add(where + ": no operationId");
            } else if (!VERB_NOUN.matcher(id).matches()) {
                findings.add(where + ": operationId " + id + " is not verbNoun");
            } else if (operationIds.putIfAbsent(id, where) != null) {
                findings.add(where + ": operationId " + id + " is also on " + operationIds.get(id));
            }
            successes(where, operation, findings);
            operation.path("requestBody").path("content").fields().forEachRemaining(media -> {
                if (media.getKey().contains("json") && !hasExample(media.getValue())) {
                    missingExamples(media.getValue().path("schema"), "", new HashSet<>())
                            .forEach(m -> findings.add(where + ": request body without an example for " + m));
                }
            });
        }));
        document.path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            if (GENERIC_NAME.matcher(name).matches()) {
                findings.add("schema " + name + ": a generic or numbered name");
            }
        });
        return findings;
    }

    private void successes(String where, JsonNode operation, List<String> findings) {
        boolean any = false;
        for (var response : (Iterable<Map.Entry<String, JsonNode>>) () -> operation.path("responses").fields()) {
            if (!response.getKey().startsWith("2")) {
                continue;
            }
            any = true;
            JsonNode content = response.getValue().path("content");
            if (content.isMissingNode() || content.isEmpty()) {
                if (!response.getKey().equals("204")) {
                    findings.add(where + ": " + response.getKey() + " declares no content (a client types it void)");
                }
                continue;
            }
            content.fields().forEachRemaining(media -> {
                JsonNode schema = media.getValue().path("schema");
                if (media.getKey().contains("json")) {
                    if (untyped(schema)) {
                        findings.add(where + ": " + media.getKey() + " is typed Object");
                    }
                    if (!hasExample(media.getValue())) {
                        missingExamples(schema, "", new HashSet<>()).forEach(m -> findings.add(where + ": "
                                + media.getKey() + " without an example for " + m));
                    }
                } else if (!hasExample(media.getValue())) {
                    findings.add(where + ": " + media.getKey() + " without an example");
                }
            });
        }
        if (!any) {
            findings.add(where + ": no success response (a client types it void and may send the wrong Accept)");
        }
    }

    private boolean untyped(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        if (resolved.isMissingNode() || resolved.isEmpty()) {
            return true;
        }
        String type = resolved.path("type").asText("object");
        return type.equals("object") && !resolved.has("properties") && !resolved.has("oneOf")
                && !resolved.has("anyOf") && !resolved.has("allOf") && !resolved.has("additionalProperties");
    }

    private static boolean hasExample(JsonNode node) {
        return node.has("example") || node.has("examples");
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref") && current.path("$ref").asText().startsWith(SCHEMAS)) {
            current = document.path("components").path("schemas")
                    .path(current.path("$ref").asText().substring(SCHEMAS.length()));
        }
        return current;
    }

    /** Plain text and number properties without an example, reachable from {@code schema}. */
    private List<String> missingExamples(JsonNode schema, String path, Set<String> seen) {
        List<String> missing = new ArrayList<>();
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asText().substring(SCHEMAS.length());
            if (seen.add(name)) {
                missing.addAll(missingExamples(resolve(schema), name, seen));
            }
            return missing;
        }
        if (hasExample(schema)) {
            return missing;
        }
        for (String composed : List.of("oneOf", "anyOf", "allOf")) {
            schema.path(composed).forEach(part -> missing.addAll(missingExamples(part, path, seen)));
        }
        if (schema.path("type").asText().equals("array")) {
            missing.addAll(missingExamples(schema.path("items"), path + "[]", seen));
            return missing;
        }
        schema.path("properties").fields().forEachRemaining(property -> {
            JsonNode value = property.getValue();
            String at = path + "." + property.getKey();
            if (value.has("$ref") || value.path("type").asText().equals("array") || value.has("oneOf")
                    || value.has("anyOf") || value.has("allOf")) {
                missing.addAll(missingExamples(value, at, seen));
            } else if (!hasExample(value) && !value.has("enum") && !value.has("const")
                    && Set.of("string", "number", "integer").contains(value.path("type").asText())
                    && !SELF_EXPLAINING_FORMATS.contains(value.path("format").asText())) {
                missing.add(at);
            }
        });
        return missing;
    }
}
