package org.civicspace.events.demo.application;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The local stack's demo events: loaded once, published, the conference with its programme. */
@QuarkusTest
class DemoMeetingsTest {

    @Inject
    DemoMeetings demo;

    @Test
    void loadsThreePublishedEventsOnce() {
        demo.load();

        assertThat(demo.load()).isZero();
        given().get("/api/v1/events/events?limit=100").then().statusCode(200)
                .body("items.titles.en", hasItem("UN Civil Society Conference"))
                .body("items.findAll { it.kind == 'conference' }.sessions.flatten().room", hasItem("Room 155"));
    }
}
