package org.civicspace.platform.web.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.civicspace.testing.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

/**
 * A tripwire for Quarkus upgrades: {@link AuthenticationFailures} relies on Quarkus adding application filters after
 * its own of the same priority. If that changes, it quietly stops saving Quarkus REST's per-request work; this test
 * says so. (Refused requests and their problem bodies are specified in WebConventionsTest.)
 */
@QuarkusTest
@QuarkusTestResource(KeycloakTestResource.class)
class AuthenticationFailuresTest {

    static final String PROBE = "X-Test-Auth-Failure-Handler";

    /** After Quarkus REST's filter (priority 199): tells a request that asks which failure handler it ended with. */
    @Singleton
    static class FailureHandlerProbe {

        void register(@Observes Filters filters) {
            filters.register(FailureHandlerProbe::answer, 150);
        }

        static void answer(RoutingContext request) {
            if (request.request().getHeader(PROBE) != null) {
                Object handler = request.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
                request.response().putHeader(PROBE,
                        handler == AuthenticationFailures.FAIL_REQUEST ? "ours" : String.valueOf(handler));
            }
            request.next();
        }
    }

    @Test
    void installsTheFailureHandlerBeforeQuarkusRestWorksOutTheRouteTemplate() {
        given().header(PROBE, "1")
                .get("/api/v1/sample/public")
                .then().statusCode(200)
                .header(PROBE, equalTo("ours"));
    }
}
