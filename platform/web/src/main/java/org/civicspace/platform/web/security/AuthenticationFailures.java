package org.civicspace.platform.web.security;

import java.lang.reflect.Constructor;
import java.util.function.BiConsumer;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.logging.Log;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder.DefaultAuthFailureHandler;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.ext.web.RoutingContext;

/**
 * Hands a failed authentication to Quarkus REST's exception mappers (and so to a problem+json answer) exactly as
 * Quarkus REST does, without the cost Quarkus REST 3.34 adds to every request for it when metrics are on.
 *
 * <p>Quarkus REST's filter of priority 199 replaces the authentication handler's default failure handler by its own,
 * which fails the request outside a resource and which Quarkus REST removes again when the request reaches a resource
 * (its mappers answer there). With metrics or tracing on, that filter first works out the request's route template,
 * building a matcher of every resource class to do so, on every request, whether its authentication fails or not: a
 * twentieth of the CPU of a GET of one organisation (docs/performance.md, service vs raw baseline). This filter has
 * the authentication handler's priority, 200, and Quarkus adds application filters after its own, so it runs between
 * the two and puts in Quarkus REST's own replacement (one instance, which holds no state; an object of another class
 * would not be removed, and the request would be answered twice); Quarkus REST's filter then has nothing to replace.
 * A failed authentication still has its route template in the metrics: Quarkus REST's failure handler sets it when a
 * request fails with an authentication exception. If the replacement cannot be found (another Quarkus version), the
 * filter is not installed and Quarkus REST works as it ships. Remove this class once Quarkus REST works the template
 * out only for a request that failed (docs/adr/0015).
 */
@Singleton
public class AuthenticationFailures {

    static final String QUARKUS_REST_HANDLER =
            "io.quarkus.resteasy.reactive.server.runtime.ResteasyReactiveRecorder$FailingDefaultAuthFailureHandler";

    /** Quarkus REST's replacement, or {@code null} when this Quarkus has none of that name. */
    static final BiConsumer<RoutingContext, Throwable> FAIL_REQUEST = quarkusRestReplacement();

    void register(@Observes Filters filters) {
        if (FAIL_REQUEST == null) {
            Log.warnf("%s not found: every request pays for its route template again (docs/adr/0015)",
                    QUARKUS_REST_HANDLER);
            return;
        }
        filters.register(AuthenticationFailures::replaceDefaultFailureHandler,
                SecurityHandlerPriorities.AUTHENTICATION);
    }

    static void replaceDefaultFailureHandler(RoutingContext request) {
        if (request.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER) instanceof DefaultAuthFailureHandler) {
            request.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, FAIL_REQUEST);
        }
        request.next();
    }

    @SuppressWarnings("unchecked")
    private static BiConsumer<RoutingContext, Throwable> quarkusRestReplacement() {
        try {
            Constructor<?> constructor = Class.forName(QUARKUS_REST_HANDLER, true,
                    AuthenticationFailures.class.getClassLoader()).getDeclaredConstructor();
            constructor.setAccessible(true);
            return (BiConsumer<RoutingContext, Throwable>) constructor.newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
