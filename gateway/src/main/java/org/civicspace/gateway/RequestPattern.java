package org.civicspace.gateway;

import java.util.regex.Pattern;

import io.vertx.core.http.HttpMethod;

/**
 * A request as configured: {@code METHOD /path}, where a segment written {@code {name}} stands for any one path
 * segment ({@code POST /api/v1/events/events/{eventId}/feedback}).
 */
record RequestPattern(String method, Pattern path) {

    static RequestPattern parse(String text) {
        String[] parts = text.trim().split("\\s+", 2);
        if (parts.length != 2 || !parts[1].startsWith("/")) {
            throw new IllegalArgumentException("not METHOD /path: " + text);
        }
        StringBuilder regex = new StringBuilder();
        for (String segment : parts[1].substring(1).split("/", -1)) {
            regex.append('/').append(segment.startsWith("{") && segment.endsWith("}") ? "[^/]+"
                    : Pattern.quote(segment));
        }
        return new RequestPattern(parts[0], Pattern.compile(regex.toString()));
    }

    boolean matches(HttpMethod method, String path) {
        return this.method.equals(method.name()) && this.path.matcher(path).matches();
    }
}
