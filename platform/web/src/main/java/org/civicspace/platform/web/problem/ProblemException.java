package org.civicspace.platform.web.problem;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.civicspace.platform.problem.Problem;

/**
 * An expected refusal that a resource answers with a problem response: thrown by application services, mapped by
 * {@link ProblemMappers}. Carries no stack trace, since it is an outcome rather than a fault.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ProblemException(int status, String slug, String title, String detail, Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.problem = new Problem(Problem.type(slug), title, status, detail, null, extensions);
    }

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, Map.of());
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", "Bad request", detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation", "Invalid request", "The request has invalid fields.",
                Problem.violations(List.of(new Problem.Violation(field, message))));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", "No " + what + " with id " + id + ".");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail);
    }

    /** An illegal state transition: 409, naming the states that may follow the current one. */
    public static ProblemException illegalTransition(Object from, Object to, Collection<?> allowed) {
        return new ProblemException(409, "illegal-transition", "Illegal state transition",
                "Cannot go from " + from + " to " + to + ".",
                Map.of("currentState", String.valueOf(from),
                        "allowedNextStates", allowed.stream().map(String::valueOf).toList()));
    }

    public static ProblemException preconditionFailed(String currentEntityTag) {
        return new ProblemException(412, "stale-version", "Precondition failed",
                "The resource was changed since you read it; read it again and retry with its new ETag.",
                Map.of("currentETag", currentEntityTag));
    }

    public static ProblemException preconditionRequired() {
        return new ProblemException(428, "precondition-required", "Precondition required",
                "Send If-Match with the ETag you read, so that no concurrent change is overwritten.");
    }
}
