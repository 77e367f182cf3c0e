package org.civicspace.platform.web.problem;

import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.civicspace.platform.domain.Refused;
import org.civicspace.platform.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure that reaches a resource into an RFC 9457 problem response. Refusals say what was wrong and
 * never echo internals; a database that cannot be reached answers 503 with Retry-After; unexpected faults answer 500
 * with an error id that is logged with the stack trace.
 */
public class ProblemMappers {

    private static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response refused(Refused e, UriInfo uri) {
        return respond(Refusals.problem(e.refusal()), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        boolean onlyInput = e.getConstraintViolations().stream().noneMatch(ProblemMappers::isReturnValue);
        if (!onlyInput) {
            return unexpected(e, uri);
        }
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                .toList();
        return respond(new Problem(Problem.type("validation"), "Invalid request", 400,
                "The request has invalid fields.", null, Problem.violations(violations)), uri);
    }

    // listed one by one: Quarkus REST has built-in mappers for the subtypes, and the most specific mapper wins
    @ServerExceptionMapper({ JsonProcessingException.class, JsonParseException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class })
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = fieldOf(mapping);
            String message = mapping instanceof UnrecognizedPropertyException ? "is not a known field"
                    : mapping instanceof InvalidFormatException ? "has a value of the wrong type or format"
                    : "cannot be read";
            return respond(new Problem(Problem.type("validation"), "Invalid request", 400,
                    "The request has invalid fields.", null,
                    Problem.violations(List.of(new Problem.Violation(field, message)))), uri);
        }
        return respond(new Problem(Problem.type("malformed-body"), "Malformed body", 400,
                "The request body is not well-formed JSON.", null, Map.of()), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        if (e.getCause() instanceof ProblemException refusal) {
            // a parameter converter's refusal, which Jakarta REST wraps in a 404
            return problem(refusal, uri);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status < 400) {
            return original;
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        if (status == 401) {
            return unauthenticated(e, uri);
        }
        if (status == 404 && isParameterConversion(e)) {
            // Jakarta REST answers 404 when a query parameter does not convert; it is a bad request
            return respond(new Problem(Problem.type("bad-request"), "Bad request", 400,
                    "A parameter has a value of the wrong type.", null, Map.of()), uri);
        }
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        String title = reason == null ? "Refused" : reason.getReasonPhrase();
        Response.ResponseBuilder response = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.type(slug(title)), title, status, detailFor(status), null, Map.of())
                        .at(path(uri)));
        copyHeader(original, response, HttpHeaders.ALLOW);
        copyHeader(original, response, HttpHeaders.WWW_AUTHENTICATE);
        copyHeader(original, response, "Retry-After");
        return response.build();
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.status(401)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"civicspace\"")
                .entity(new Problem(Problem.type("unauthenticated"), "Unauthorized", 401,
                        "A valid bearer token is required.", null, Map.of()).at(path(uri)))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(Problem.type("forbidden"), "Forbidden", 403,
                "Your role does not allow this operation.", null, Map.of()), uri);
    }

    @ServerExceptionMapper
    public Response concurrentUpdate(OptimisticLockException e, UriInfo uri) {
        return respond(new Problem(Problem.type("stale-version"), "Precondition failed", 412,
                "The resource was changed concurrently; read it again and retry with its new ETag.", null,
                Map.of()), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause != e && cause instanceof OptimisticLockException optimisticLock) {
                return concurrentUpdate(optimisticLock, uri);
            }
            if (cause != e && cause instanceof ProblemException problem) {
                return problem(problem, uri);
            }
        }
        Optional<SQLException> outage = databaseOutageIn(e);
        if (outage.isPresent()) {
            Log.warnf("database unavailable on %s: %s", uri == null ? "?" : uri.getPath(), outage.get().getMessage());
            return Response.fromResponse(respond(new Problem(Problem.type("service-unavailable"),
                    "Service unavailable", 503, "The service cannot reach its database; try again shortly.", null,
                    Map.of()), uri))
                    .header("Retry-After", DATABASE_RETRY_AFTER_SECONDS).build();
        }
        String errorId = UUID.randomUUID().toString();
        Log.errorf(e, "unexpected failure %s on %s", errorId, uri == null ? "?" : uri.getPath());
        return respond(new Problem(Problem.type("internal"), "Internal error", 500,
                "Something went wrong on our side; quote the error id if you report it.", null,
                Map.of("errorId", errorId)), uri);
    }

    /**
     * The database outage behind {@code e}, looked for among its causes and their suppressed exceptions: when the
     * connection breaks during a commit, the transaction manager's RollbackException carries the driver's exception
     * as a suppressed one, not as its cause (seen in the fault-injection test: a 500 during a PostgreSQL crash).
     */
    static Optional<SQLException> databaseOutageIn(Throwable e) {
        Deque<Throwable> pending = new ArrayDeque<>(List.of(e));
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Throwable next = pending.pop();
            if (!seen.add(next)) {
                continue;
            }
            if (next instanceof SQLException sql && isDatabaseUnavailable(sql)) {
                return Optional.of(sql);
            }
            if (next.getCause() != null) {
                pending.add(next.getCause());
            }
            pending.addAll(Arrays.asList(next.getSuppressed()));
        }
        return Optional.empty();
    }

    /**
     * The database cannot be reached or is shutting down (SQLSTATE class 08, connection exception, or 57P01-57P03):
     * a transient outage the caller may retry. (Whether a commit whose answer was lost took effect, the caller
     * learns by reading again: writes keyed by the caller, with If-Match, are safe to retry.)
     */
    static boolean isDatabaseUnavailable(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }

    private static boolean isParameterConversion(WebApplicationException e) {
        return e.getCause() instanceof IllegalArgumentException || e.getCause() instanceof NumberFormatException;
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.getStatus()).type(Problem.MEDIA_TYPE).entity(problem.at(path(uri))).build();
    }

    private static URI path(UriInfo uri) {
        return uri == null ? null : URI.create(uri.getRequestUri().getRawPath());
    }

    private static void copyHeader(Response from, Response.ResponseBuilder to, String name) {
        Object value = from.getHeaders().getFirst(name);
        if (value != null) {
            to.header(name, value);
        }
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code create.request.address.country} names the parameter {@code request} of method {@code create}; callers
     * know the body's fields, so the field is {@code address.country}, and {@code members[2].email} for an element of
     * a list. A query or header parameter is named by its Java parameter name, which resources keep equal to the
     * HTTP name.
     */
    static String fieldOf(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            // an index or key on a node says where in the previous node (a list or map) it sits
            Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
            if (position != null && !names.isEmpty()) {
                int last = names.size() - 1;
                names.set(last, names.get(last) + "[" + position + "]");
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                names.add(node.getName());
            }
        }
        if (names.size() > 1) {
            names.remove(0);
        }
        return names.isEmpty() ? "request" : String.join(".", names);
    }

    private static String fieldOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "request" : field.toString();
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 400 -> "The request could not be understood; check its parameters.";
            case 401 -> "A valid bearer token is required.";
            case 403 -> "Your role does not allow this operation.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not support that method; see the Allow header.";
            case 406 -> "This address cannot answer in the media type you accept.";
            case 413 -> "The request body is too large.";
            case 415 -> "Send the body as application/json.";
            case 429 -> "Too many requests; wait as Retry-After says.";
            default -> "The request was refused.";
        };
    }
}
