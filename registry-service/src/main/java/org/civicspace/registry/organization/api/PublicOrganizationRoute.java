package org.civicspace.registry.organization.api;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.civicspace.registry.organization.application.OrganizationService;
import org.civicspace.registry.organization.application.OrganizationService.VersionedView;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers the API's most frequent call, the anonymous GET of one organisation (dashboards, public pages, partners'
 * systems reading without a token), as a Vert.x route ahead of {@link OrganizationResource}: a request that carries
 * no credentials is anonymous without asking the security layer, and needs no request scope or JAX-RS pipeline.
 * Leaving those out answers about a fifth more of these reads per second (docs/performance.md, service vs raw
 * baseline; ADR 0016).
 *
 * <p>The route takes only what it can answer exactly as the resource would: a GET with no {@code Authorization}
 * header, an id that is a UUID, an {@code Accept} that allows JSON, and an organisation the public may see. It builds
 * the view with the resource's own code ({@link OrganizationService#get}, the public view of an anonymous caller) and
 * writes it with the same {@link ObjectMapper}. Everything else (a token, which the resource verifies; a malformed id;
 * another media type; an organisation not found or not public; a database failure) goes on to the resource, which
 * answers it, problems included, as it always has.
 */
@ApplicationScoped
class PublicOrganizationRoute {

    static final String PATH = "/api/v1/registry/organizations/:id";
    static final String JSON = "application/json;charset=UTF-8";

    private static final SecurityIdentity ANONYMOUS = QuarkusSecurityIdentity.builder().setAnonymous(true).build();

    private final OrganizationService organizations;
    private final ObjectMapper mapper;
    private final Counter answered;

    PublicOrganizationRoute(OrganizationService organizations, ObjectMapper mapper, MeterRegistry metrics) {
        this.organizations = organizations;
        this.mapper = mapper;
        this.answered = Counter.builder("civicspace.registry.public.reads")
                .description("Anonymous reads of one organisation answered by the public read route, not the resource")
                .register(metrics);
    }

    /**
     * Before the JAX-RS resources (Quarkus REST's route comes later in the router's order); after Quarkus' filters,
     * so that the HTTP metrics count these requests under the route's template, {@code .../organizations/{id}}.
     */
    void install(@Observes Router router) {
        router.get(PATH).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).produces("application/json")
                .handler(this::read);
    }

    private void read(RoutingContext context) {
        UUID id = anonymousRead(context);
        if (id == null) {
            context.next();
            return;
        }
        organizations.get(id, ANONYMOUS).whenComplete((organization, failure) -> {
            byte[] body = failure == null ? json(organization) : null;
            if (body == null) {
                context.next();
                return;
            }
            HttpServerResponse response = context.response();
            if (response.ended() || response.closed()) {
                return;
            }
            answered.increment();
            response.putHeader(HttpHeaders.CONTENT_TYPE, JSON)
                    .putHeader(HttpHeaders.ETAG, organization.entityTag())
                    .end(Buffer.buffer(body));
        });
    }

    /** The id asked for, if the request is one this route answers: anonymous, with an id that is a UUID. */
    private static UUID anonymousRead(RoutingContext context) {
        if (context.request().headers().contains(HttpHeaders.AUTHORIZATION)) {
            return null;
        }
        try {
            return UUID.fromString(context.pathParam("id"));
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** The view as JSON, or {@code null} if it cannot be written (the resource then answers, and reports why). */
    private byte[] json(VersionedView organization) {
        try {
            return mapper.writeValueAsBytes(organization.view());
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
