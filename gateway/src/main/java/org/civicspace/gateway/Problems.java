package org.civicspace.gateway;

import java.util.LinkedHashMap;
import java.util.Map;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/** Every refusal of the gateway is an RFC 9457 problem, shaped as the services' own (docs/problems.md). */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    static void send(HttpServerResponse response, int status, String slug, String title, String detail,
            String path) {
        send(response, status, slug, title, detail, path, Map.of());
    }

    static void send(HttpServerResponse response, int status, String slug, String title, String detail, String path,
            Map<String, Object> extensions) {
        if (response.headWritten()) {
            response.reset();
            return;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://civicspace.org/problems/" + slug);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", path);
        problem.putAll(extensions);
        response.setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .end(new JsonObject(problem).encode());
    }
}
