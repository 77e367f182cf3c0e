package org.civicspace.platform.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 * Extension members (for example {@code violations} or {@code allowedNextStates}) are written at the top level.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "type", "title", "status", "detail", "instance" })
@Schema(name = "Problem", description = "An RFC 9457 problem detail. Extension members are written at the top level; "
        + "those below are present only on the problems that carry them (docs/problems.md), and new ones may appear.",
        additionalProperties = Schema.True.class,
        properties = {
            @SchemaProperty(name = "violations", type = SchemaType.ARRAY, implementation = Problem.Violation.class,
                    description = "validation: each invalid field or parameter"),
            @SchemaProperty(name = "currentState", type = SchemaType.STRING, examples = "draft",
                    description = "invalid-transition: the state the resource is in"),
            @SchemaProperty(name = "allowedNextStates", type = SchemaType.ARRAY, implementation = String.class,
                    description = "invalid-transition: the states it may move to from here"),
            @SchemaProperty(name = "currentETag", type = SchemaType.STRING, examples = "\"4\"",
                    description = "precondition-failed: the version to read again"),
            @SchemaProperty(name = "failedRules", type = SchemaType.ARRAY, implementation = String.class,
                    description = "the minimum requirements an application does not meet"),
            @SchemaProperty(name = "fields", type = SchemaType.ARRAY, implementation = String.class,
                    description = "forbidden: the fields this caller may not change"),
            @SchemaProperty(name = "missingScope", type = SchemaType.STRING, examples = "SHARE_WITH_UN_MECHANISMS",
                    description = "consent-required: the consent scope that is missing"),
            @SchemaProperty(name = "victimIds", type = SchemaType.ARRAY, implementation = String.class,
                    description = "consent-required: the victims whose consent is missing"),
            @SchemaProperty(name = "limit", type = SchemaType.INTEGER, examples = "3",
                    description = "too-many-streams: streams allowed per caller"),
            @SchemaProperty(name = "errorId", type = SchemaType.STRING, examples = "0b9e6c1e-3f43-4a8e-a7a5-6f0c9d1c2b7e",
                    description = "internal-error: quote it when reporting the problem"),
            @SchemaProperty(name = "requestId", type = SchemaType.STRING, examples = "3f1c2a9e8b7d4c60",
                    description = "service-unavailable, gateway-timeout: quote it when reporting the problem") })
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Problem type URIs are {@code https://civicspace.org/problems/<slug>}, documented in docs/problems.md. */
    public static final String TYPE_BASE = "https://civicspace.org/problems/";

    private final URI type;
    private final String title;
    private final int status;
    private final String detail;
    private final URI instance;
    @Schema(hidden = true)
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

    @Schema(example = "legalName: must not be blank")
    public String getDetail() {
        return detail;
    }

    @Schema(example = "/api/v1/registry/organizations")
    public URI getInstance() {
        return instance;
    }

    @JsonAnyGetter
    @Schema(hidden = true)
    public Map<String, Object> getExtensions() {
        return extensions;
    }

    /** The same problem about the request at {@code path}. */
    public Problem at(URI path) {
        return new Problem(type, title, status, detail, path, extensions);
    }

    /** One field or parameter that failed validation. */
    @Schema(name = "ProblemViolation")
    public record Violation(
            @Schema(example = "legalName") String field,
            @Schema(example = "must not be blank") String message) {
    }

    /** The extension members of a validation problem: its violations. */
    public static Map<String, Object> violations(List<Violation> violations) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("violations", violations);
        return extensions;
    }
}
