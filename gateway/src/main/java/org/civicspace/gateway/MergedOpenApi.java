package org.civicspace.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.logging.Log;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * One OpenAPI document for the whole API, merged from each service's own ({@code /q/openapi}): paths, tags and
 * components. A schema name two services use for different schemas is prefixed with the service's area in the
 * second one, and its references with it, so nothing is silently replaced. Cached for a minute; a service that
 * does not answer is listed under {@code x-unavailable-services} and merged in again on the next refresh.
 */
@ApplicationScoped
public class MergedOpenApi {

    static final String PATH = ApiProxy.PREFIX + "openapi.json";
    private static final Duration CACHE = Duration.ofMinutes(1);
    private static final List<String> RATE_LIMIT_HEADERS = List.of("RateLimit-Limit", "RateLimit-Remaining",
            "RateLimit-Reset");
    private static final Pattern SCHEMA_REF = Pattern.compile("\"#/components/schemas/([^\"]+)\"");

    private final GatewayConfig config;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile ObjectNode cached;
    private volatile Instant cachedAt = Instant.EPOCH;

    public MergedOpenApi(GatewayConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    void register(@Observes Router router) {
        router.get(PATH).order(50).blockingHandler(this::serve, false);
    }

    private void serve(RoutingContext context) {
        context.response().headers().remove("Content-Encoding"); // let Vert.x compress it (see ApiProxy.relay)
        context.response().putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "public, max-age=60")
                .end(document().toString());
    }

    ObjectNode document() {
        ObjectNode current = cached;
        if (current == null || Instant.now().isAfter(cachedAt.plus(CACHE))) {
            current = merge();
            cached = current;
            cachedAt = Instant.now();
        }
        return current;
    }

    private ObjectNode merge() {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        documents.put("gateway", gatewayOperations(json));
        List<String> unavailable = new ArrayList<>();
        config.routes().forEach((area, route) -> {
            try {
                documents.put(area, fetch(route.url()));
            } catch (Exception e) {
                Log.warnf("OpenAPI of the %s service not merged: %s", area, e.toString());
                unavailable.add(area);
            }
        });
        return merge(json, documents, unavailable);
    }

    /** Merges the services' documents, by area, in order. */
    static ObjectNode merge(ObjectMapper json, Map<String, JsonNode> documents, List<String> unavailable) {
        ObjectNode merged = json.createObjectNode();
        merged.put("openapi", "3.1.0");
        ObjectNode info = merged.putObject("info");
        info.put("title", "Civic Space API");
        info.put("version", "1");
        info.put("description", "The whole Civic Space API through its gateway: the CSO registry, accreditation, "
                + "events and reprisals protection. Errors are RFC 9457 problem+json. Authenticate with a Keycloak "
                + "bearer token (client credentials for partner systems); public reads need none. See "
                + "docs/partners.md.");
        merged.putArray("servers").addObject().put("url", "/");
        ObjectNode paths = merged.putObject("paths");
        ArrayNode tags = merged.putArray("tags");
        ObjectNode components = merged.putObject("components");
        documents.forEach((area, document) -> add(json, area, document, paths, tags, components));
        JsonNode ownPaths = documents.getOrDefault("gateway", json.createObjectNode()).path("paths");
        paths.fields().forEachRemaining(path -> path.getValue().forEach(operation -> {
            if (operation.isObject() && operation.has("responses")) {
                throughTheGateway((ObjectNode) operation, !ownPaths.has(path.getKey()));
            }
        }));
        if (!unavailable.isEmpty()) {
            merged.set("x-unavailable-services", json.valueToTree(unavailable));
        }
        return merged;
    }

    /** The gateway's own operations and what it adds to every answer (openapi/gateway.json). */
    static JsonNode gatewayOperations(ObjectMapper json) {
        try (InputStream in = MergedOpenApi.class.getResourceAsStream("/openapi/gateway.json")) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("openapi/gateway.json is part of the gateway", e);
        }
    }

    /**
     * What every operation meets on its way through the gateway: the rate limit headers on each success, 429 past
     * them, 413 for a body over the limit, and, when it is forwarded to a service, 503 / 504 when that service is
     * down or slow. The gateway's own operations declare their other answers themselves.
     */
    private static void throughTheGateway(ObjectNode operation, boolean forwarded) {
        ObjectNode responses = (ObjectNode) operation.get("responses");
        responses.fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("2") && response.getValue().isObject()
                    && !response.getValue().has("$ref")) {
                ObjectNode headers = response.getValue().has("headers")
                        ? (ObjectNode) response.getValue().get("headers")
                        : ((ObjectNode) response.getValue()).putObject("headers");
                for (String header : RATE_LIMIT_HEADERS) {
                    headers.putObject(header).put("$ref", "#/components/headers/" + header);
                }
            }
        });
        if (!responses.has("429")) {
            responses.putObject("429").put("$ref", "#/components/responses/TooManyRequests");
        }
        if (operation.has("requestBody") && !responses.has("413")) {
            responses.putObject("413").put("$ref", "#/components/responses/PayloadTooLarge");
        }
        for (String[] outage : new String[][] { { "503", "ServiceUnavailable" }, { "504", "GatewayTimeout" } }) {
            if (forwarded && !responses.has(outage[0])) {
                responses.putObject(outage[0]).put("$ref", "#/components/responses/" + outage[1]);
            }
        }
    }

    private JsonNode fetch(String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/q/openapi?format=json"))
                .timeout(Duration.ofSeconds(5)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("answered " + response.statusCode());
        }
        return json.readTree(response.body());
    }

    private static void add(ObjectMapper json, String area, JsonNode document, ObjectNode paths, ArrayNode tags,
            ObjectNode components) {
        JsonNode schemas = document.path("components").path("schemas");
        ObjectNode existing = components.has("schemas") ? (ObjectNode) components.get("schemas")
                : components.putObject("schemas");
        Map<String, String> renames = new LinkedHashMap<>();
        schemas.fieldNames().forEachRemaining(name -> {
            if (existing.has(name) && !existing.get(name).equals(schemas.get(name))) {
                renames.put(name, prefix(area) + name);
            }
        });
        if (!renames.isEmpty()) {
            document = renamed(json, document, renames);
        }
        copyFields(document.path("paths"), paths);
        copyFields(document.path("components").path("schemas"), existing);
        for (String shared : List.of("securitySchemes", "responses", "headers")) {
            JsonNode entries = document.path("components").path(shared);
            if (entries.isObject()) {
                copyFields(entries, components.has(shared) ? (ObjectNode) components.get(shared)
                        : components.putObject(shared));
            }
        }
        for (JsonNode tag : document.path("tags")) {
            boolean known = false;
            for (JsonNode present : tags) {
                known |= present.path("name").equals(tag.path("name"));
            }
            if (!known) {
                tags.add(tag);
            }
        }
    }

    private static JsonNode renamed(ObjectMapper json, JsonNode document, Map<String, String> renames) {
        String text = document.toString();
        Matcher matcher = SCHEMA_REF.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            matcher.appendReplacement(out, Matcher.quoteReplacement("\"#/components/schemas/"
                    + renames.getOrDefault(name, name) + "\""));
        }
        matcher.appendTail(out);
        ObjectNode result;
        try {
            result = (ObjectNode) json.readTree(out.toString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("renaming schemas broke the document", e);
        }
        ObjectNode schemas = (ObjectNode) result.path("components").path("schemas");
        renames.forEach((from, to) -> schemas.set(to, schemas.remove(from)));
        return result;
    }

    private static void copyFields(JsonNode from, ObjectNode to) {
        Iterator<Map.Entry<String, JsonNode>> fields = from.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!to.has(field.getKey())) {
                to.set(field.getKey(), field.getValue());
            }
        }
    }

    private static String prefix(String area) {
        return Character.toUpperCase(area.charAt(0)) + area.substring(1);
    }
}
