package org.civicspace.platform.web.security;

import java.util.function.BiConsumer;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder.DefaultAuthFailureHandler;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.ext.web.RoutingContext;

/**
 * Sends a failed authentication on to the exception mappers (and so to a problem+json answer) the way Quarkus REST
 * does, without the cost Quarkus REST 3.34 adds to every request for it when metrics are on.
 *
 * <p>Quarkus REST's filter of priority 199 replaces the authentication handler's default failure handler by one that
 * fails the request, so that exception mappers answer. With metrics or tracing on, that filter first works out the
 * request's route template, building a matcher of every resource class to do so, on every request, whether its
 * authentication fails or not: a twentieth of the CPU of a GET of one organisation (docs/performance.md, service vs
 * raw baseline). This filter has the authentication handler's priority, 200, and Quarkus adds application filters
 * after its own, so it runs between the two, and puts in the same replacement; Quarkus REST's filter then has
 * nothing to replace. A failed authentication still has its route template in the metrics: Quarkus REST's failure
 * handler sets it when a request fails with an authentication exception. Remove this class once Quarkus REST works
 * the template out only for a request that failed (docs/adr/0015).
 */
@Singleton
public class AuthenticationFailures {

    /** What Quarkus REST's own replacement does: fail the request with the cause, once. */
    static final BiConsumer<RoutingContext, Throwable> FAIL_REQUEST = (request, failure) -> {
        DefaultAuthFailureHandler.markIfOtherAuthenticationFailure(request, failure);
        if (!request.failed()) {
            request.fail(DefaultAuthFailureHandler.extractRootCause(failure));
        }
    };

    void register(@Observes Filters filters) {
        filters.register(AuthenticationFailures::failRequestOnAuthenticationFailure,
                SecurityHandlerPriorities.AUTHENTICATION);
    }

    static void failRequestOnAuthenticationFailure(RoutingContext request) {
        if (request.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER) instanceof DefaultAuthFailureHandler) {
            request.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, FAIL_REQUEST);
        }
        request.next();
    }
}
