package org.civicspace.testing;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The operations that the service under test describes in its own OpenAPI document ({@code /q/openapi}), each
 * callable with a syntactically valid request: path and required query parameters filled with fitting values (a
 * random UUID for an id, else the parameter's example, first allowed value, or a number), and a minimal body where the
 * operation takes one. An operation added to a service is found here without anyone listing it.
 */
public final class ApiOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}/]+)}");

    private ApiOperations() {
    }

    /** One operation of the document. */
    public record ApiOperation(String method, String pathTemplate, boolean requiresRole, JsonNode parameters,
            Optional<String> bodyMediaType) {

        /** {@code METHOD /path/{template}}, as the gateway's settings and the tests name an operation. */
        public String name() {
            return method + " " + pathTemplate;
        }

        /** The path with each parameter filled with a fitting value; ids are new random UUIDs on every call. */
        public String examplePath() {
            Matcher matcher = PARAMETER.matcher(pathTemplate);
            StringBuilder path = new StringBuilder();
            while (matcher.find()) {
                String value = valueFor(parameter(matcher.group(1), "path"));
                matcher.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(path);
            return path.toString();
        }

        /** Calls the operation with {@code request} (which carries the credentials), on {@code path}. */
        public ExtractableResponse<Response> call(RequestSpecification request, String path) {
            for (JsonNode parameter : parameters) {
                if ("query".equals(parameter.path("in").asText()) && parameter.path("required").asBoolean(false)) {
                    request.queryParam(parameter.path("name").asText(), valueFor(parameter));
                }
            }
            if (bodyMediaType.isPresent()) {
                String type = bodyMediaType.get();
                request.contentType(type).body(type.contains("json") ? "{}" : "");
            } else if (!"GET".equals(method) && !"DELETE".equals(method)) {
                // as the services' clients do: JSON declared, no body (a POST without a type answers 415)
                request.contentType("application/json");
            }
            return request.request(method, path).then().extract();
        }

        @Override
        public String toString() {
            return name();
        }

        private JsonNode parameter(String name, String in) {
            for (JsonNode parameter : parameters) {
                if (name.equals(parameter.path("name").asText()) && in.equals(parameter.path("in").asText())) {
                    return parameter;
                }
            }
            // a path parameter the document does not describe: an id, as every undescribed one in our APIs is
            ObjectNode undescribed = new ObjectMapper().createObjectNode().put("name", name);
            undescribed.putObject("schema").put("type", "string").put("format", "uuid");
            return undescribed;
        }
    }

    /** Every operation of the document the service under test serves (RestAssured's base URI and port). */
    public static List<ApiOperation> ofServiceUnderTest() {
        String document = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        return of(document);
    }

    /** Every operation of {@code document}, an OpenAPI 3 document in JSON. */
    public static List<ApiOperation> of(String document) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(document);
        } catch (Exception e) {
            throw new IllegalArgumentException("not an OpenAPI document in JSON", e);
        }
        boolean securedByDefault = hasRequirement(root.path("security"));
        List<ApiOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> items = path.getValue().fields(); items.hasNext();) {
                Map.Entry<String, JsonNode> item = items.next();
                if (!METHODS.contains(item.getKey())) {
                    continue;
                }
                JsonNode operation = item.getValue();
                boolean requiresRole = operation.has("security") ? hasRequirement(operation.path("security"))
                        : securedByDefault;
                // the path item's parameters apply to each of its operations, which may add their own
                ArrayNode parameters = new ObjectMapper().createArrayNode();
                parameters.addAll((ArrayNode) arrayOrEmpty(operation.path("parameters")));
                parameters.addAll((ArrayNode) arrayOrEmpty(path.getValue().path("parameters")));
                // a parameter's schema may be a reference (java.util.UUID is #/components/schemas/UUID)
                for (JsonNode parameter : parameters) {
                    String reference = parameter.path("schema").path("$ref").asText("");
                    if (reference.startsWith("#/") && parameter instanceof ObjectNode described) {
                        described.set("schema", root.at(reference.substring(1)).deepCopy());
                    }
                }
                Optional<String> body = Optional.empty();
                Iterator<String> types = operation.path("requestBody").path("content").fieldNames();
                if (types.hasNext()) {
                    String first = types.next();
                    body = Optional.of(operation.path("requestBody").path("content").has("application/json")
                            ? "application/json" : first);
                }
                operations.add(new ApiOperation(item.getKey().toUpperCase(), path.getKey(), requiresRole,
                        parameters, body));
            }
        }
        return List.copyOf(operations);
    }

    private static JsonNode arrayOrEmpty(JsonNode node) {
        return node.isArray() ? node : new ObjectMapper().createArrayNode();
    }

    private static boolean hasRequirement(JsonNode security) {
        for (JsonNode requirement : security) {
            if (requirement.size() > 0) {
                return true;
            }
        }
        return false;
    }

    private static String valueFor(JsonNode parameter) {
        JsonNode schema = parameter.path("schema");
        if ("uuid".equals(schema.path("format").asText())) {
            return UUID.randomUUID().toString();
        }
        for (JsonNode example : List.of(parameter.path("example"), schema.path("example"),
                schema.path("examples").path(0), schema.path("enum").path(0), schema.path("default"))) {
            if (example.isValueNode() && !example.isNull()) {
                return example.asText();
            }
        }
        JsonNode types = schema.path("type");
        String type = types.isArray() ? types.path(0).asText() : types.asText();
        return switch (type) {
            case "integer", "number" -> schema.has("minimum") ? schema.path("minimum").asText() : "1";
            case "boolean" -> "true";
            default -> "x";
        };
    }
}
