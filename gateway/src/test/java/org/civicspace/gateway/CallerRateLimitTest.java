package org.civicspace.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.civicspace.testing.KeycloakTestResource;
import org.civicspace.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The per-caller limit is each user's own: one user of a public client cannot use up everyone else's requests. */
@QuarkusTest
@TestProfile(CallerRateLimitTest.SmallCallerBuckets.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(StandInServicesResource.class)
class CallerRateLimitTest {

    /** Three requests at once per caller, refilled at one a second; the per-address limit out of the way. */
    public static class SmallCallerBuckets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("civicspace.gateway.rate-limits.per-client-burst", "3",
                    "civicspace.gateway.rate-limits.per-client-per-second", "1",
                    "civicspace.gateway.rate-limits.per-ip-burst", "1000",
                    "civicspace.gateway.rate-limits.per-ip-per-second", "1000");
        }
    }

    @Test
    void oneUserOfAPublicClientDoesNotThrottleAnother() {
        String flooder = Tokens.user("cso-rep");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(given().auth().oauth2(flooder).get("/api/v1/registry/organizations").statusCode());
        }

        assertThat(statuses).contains(429);
        given().auth().oauth2(Tokens.user("cso-rep-2")).get("/api/v1/registry/organizations")
                .then().statusCode(200);
    }
}
