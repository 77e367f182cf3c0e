package org.civicspace.gateway;

import java.net.URI;
import java.util.Map;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;

import org.civicspace.platform.problem.Problem;

/**
 * Every refusal of the gateway is an RFC 9457 problem in the one format every service writes (platform-problem's
 * {@link Problem}, docs/problems.md).
 */
final class Problems {

    static final String MEDIA_TYPE = Problem.MEDIA_TYPE;

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
        Problem problem = new Problem(Problem.type(slug), title, status, detail, instance(path), extensions);
        response.setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .end(Json.encode(problem));
    }

    /** The path of the request, as a relative URI; a path that is not a valid URI is left out, never fatal. */
    private static URI instance(String path) {
        try {
            return path == null ? null : URI.create(path);
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
