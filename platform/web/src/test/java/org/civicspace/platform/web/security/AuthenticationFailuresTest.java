package org.civicspace.platform.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.civicspace.testing.KeycloakTestResource;
import org.civicspace.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

/**
 * What {@link AuthenticationFailures} must keep true: a refused token is answered once, and the filter runs where it
 * saves Quarkus REST's per-request work. The second is a tripwire for Quarkus upgrades: the filter relies on Quarkus
 * adding application filters after its own of the same priority, and would otherwise quietly save nothing. (Refused
 * requests and their problem bodies are specified in WebConventionsTest.)
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
    void answersAnInvalidTokenOnceWithoutAnError() {
        // a failure handler that Quarkus REST does not remove when the request reaches the resource answers it a
        // second time: the client still gets its 401, and the log an ERROR "Response has already been written"
        List<LogRecord> errors = new CopyOnWriteArrayList<>();
        Handler collector = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger errorHandler = Logger.getLogger("io.quarkus.vertx.http.runtime.QuarkusErrorHandler");
        errorHandler.addHandler(collector);
        try {
            given().auth().oauth2(Tokens.withBrokenSignature("cso-rep"))
                    .get("/api/v1/sample/organizations/7d9f3c2a-5b1e-4f8a-9c6d-2e4b8a1f3c5d")
                    .then().statusCode(401).contentType("application/problem+json");
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                    .untilAsserted(() -> assertThat(errors).extracting(LogRecord::getMessage).isEmpty());
        } finally {
            errorHandler.removeHandler(collector);
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
