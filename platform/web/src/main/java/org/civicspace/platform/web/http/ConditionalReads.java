package org.civicspace.platform.web.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

/**
 * HTTP caching of a read (RFC 9111): the answer carries its ETag and a {@code Cache-Control} that lets a client or
 * cache keep it but ask again before each use ({@code no-cache}), so that a change, a suspension included, shows at
 * once; a request whose {@code If-None-Match} names the current ETag is answered {@code 304 Not Modified} without a
 * body. The answer varies with {@code Authorization}: a representative or staff member sees more than the public.
 */
public final class ConditionalReads {

    /** Who may keep a copy: any cache ({@code public}), or only the caller's own client ({@code private}). */
    public enum Audience {
        PUBLIC, PRIVATE
    }

    private ConditionalReads() {
    }

    /** {@code body} under {@code entityTag} ({@code "7"}), or 304 if the request already holds it. */
    public static <T> RestResponse<T> answer(Request request, String entityTag, Audience audience, T body) {
        EntityTag tag = parse(entityTag);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        ResponseBuilder<T> answer = notModified == null ? ResponseBuilder.ok(body)
                : ResponseBuilder.create(RestResponse.Status.NOT_MODIFIED);
        return answer.tag(tag)
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION)
                .header(HttpHeaders.CACHE_CONTROL, (audience == Audience.PUBLIC ? "public" : "private") + ", no-cache")
                .build();
    }

    private static EntityTag parse(String entityTag) {
        boolean weak = entityTag.startsWith("W/");
        String quoted = weak ? entityTag.substring(2) : entityTag;
        return new EntityTag(quoted.substring(1, quoted.length() - 1), weak);
    }
}
