package org.civicspace.events;

import static io.restassured.RestAssured.given;

import org.civicspace.testing.ServiceMetrics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What Prometheus scrapes from the service without a token, and the alerts read (see {@link ServiceMetrics}). */
@QuarkusTest
class MetricsTest {

    @Test
    void exportsLatencyHistogramJvmConsumerLagAndOutboxBacklogWithoutAToken() {
        given().get("/api/v1/events/events").then().statusCode(200);

        ServiceMetrics.assertExported("events-service", "/api/v1/events/events", ServiceMetrics.CONSUMER_LAG);
    }
}
