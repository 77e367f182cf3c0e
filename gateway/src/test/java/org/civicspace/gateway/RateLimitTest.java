package org.civicspace.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.civicspace.testing.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** The per-address rate limit trips with 429 and the limit headers, and recovers as the bucket refills. */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(StandInServicesResource.class)
class RateLimitTest {

    /** A small bucket: 5 requests at once, refilled at 5 a second. */
    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("civicspace.gateway.rate-limits.per-ip-burst", "5",
                    "civicspace.gateway.rate-limits.per-ip-per-second", "5");
        }
    }

    @Test
    void tripsWith429AndRecovers() {
        List<Response> burst = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            burst.add(given().get("/api/v1/registry/organizations"));
        }

        List<Integer> statuses = burst.stream().map(Response::statusCode).toList();
        assertThat(statuses).contains(200, 429);
        Response refused = burst.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(refused.header("RateLimit-Limit")).isEqualTo("5");
        assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(burst.get(0).header("RateLimit-Remaining")).isNotNull();

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(300))
                .until(() -> given().get("/api/v1/registry/organizations").statusCode() == 200);
    }
}
