package org.civicspace.platform.web.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 * Extension members (for example {@code violations} or {@code allowedNextStates}) are written at the top level.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "type", "title", "status", "detail", "instance" })
@Schema(name = "Problem", description = "An RFC 9457 problem detail")
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Problem type URIs are {@code https://civicspace.org/problems/<slug>}, documented in docs/problems.md. */
    public static final String TYPE_BASE = "https://civicspace.org/problems/";

    private final URI type;
    private final String title;
    private final int status;
    private final String detail;
    private final URI instance;
    private final Map<String, Object> extensions;

    public Problem(URI type, String title, int status, String detail, URI instance, Map<String, Object> extensions) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.extensions = Map.copyOf(extensions);
    }

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    @Schema(example = "https://civicspace.org/problems/validation")
    public URI getType() {
        return type;
    }

    @Schema(example = "Invalid request")
    public String getTitle() {
        return title;
    }

    @Schema(example = "400")
    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public URI getInstance() {
        return instance;
    }

    @JsonAnyGetter
    public Map<String, Object> getExtensions() {
        return extensions;
    }

    /** The same problem about the request at {@code path}. */
    public Problem at(URI path) {
        return new Problem(type, title, status, detail, path, extensions);
    }

    /** One field or parameter that failed validation. */
    public record Violation(
            @Schema(example = "legalName") String field,
            @Schema(example = "must not be blank") String message) {
    }

    static Map<String, Object> violations(List<Violation> violations) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("violations", violations);
        return extensions;
    }
}
