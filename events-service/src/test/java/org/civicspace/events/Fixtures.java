package org.civicspace.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.civicspace.events.registry.persistence.OrganizationRecord;
import org.civicspace.events.registry.persistence.ProtectionFlag;
import org.civicspace.events.registry.persistence.RepresentativeRecord;
import org.civicspace.testing.Pages;
import org.civicspace.testing.Tokens;
import org.civicspace.testing.TopicWriter;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * The situations tests set up, named. What other services know arrives as it does in production: as their events
 * on Kafka (registry representatives, DGC association decisions, protection flags).
 */
public final class Fixtures {

    public static final String API = "/api/v1/events";
    public static final String EVENTS = API + "/events";
    public static final String PROBLEM = "application/problem+json";
    public static final UUID CSO_REP_ORGANIZATION = UUID.fromString("7d9f3c2a-5b1e-4f8a-9c6d-2e4b8a1f3c5d");
    public static final UUID CSO_REP_2_ORGANIZATION = UUID.fromString("3e8b1d4f-9a2c-4e7b-8f5d-1c6a9e2b4d7f");
    static final Duration WAIT = Duration.ofSeconds(30);

    private Fixtures() {
    }

    /** A representative of the organisation, born on {@code dateOfBirth}, known from the registry's events. */
    public static UUID aRepresentative(UUID organizationId, LocalDate dateOfBirth) {
        return aRepresentative(organizationId, dateOfBirth, false);
    }

    /**
     * A representative known from the registry's events; {@code publiclyNamed} is the person's choice to be named to
     * the public, as their organisation recorded it in the registry.
     */
    public static UUID aRepresentative(UUID organizationId, LocalDate dateOfBirth, boolean publiclyNamed) {
        UUID id = UUID.randomUUID();
        send("registry.representatives", id, "/civicspace/registry", "org.civicspace.registry.representative.added.v1",
                """
                {"representativeId":"%s","organizationId":"%s","dateOfBirth":"%s","startDate":"2020-01-01",
                 "endDate":null,"publiclyNamed":%s,"occurredAt":"%s"}""".formatted(id, organizationId, dateOfBirth,
                        publiclyNamed, Instant.now()));
        await().atMost(WAIT).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> RepresentativeRecord.findById(id) != null));
        return id;
    }

    /** An adult who chose to be named to the public. */
    public static UUID aNamedAdult(UUID organizationId) {
        return aRepresentative(organizationId, LocalDate.of(1970, 1, 1), true);
    }

    public static UUID anAdult(UUID organizationId) {
        return aRepresentative(organizationId, LocalDate.of(1970, 1, 1));
    }

    public static UUID aYouth(UUID organizationId) {
        return aRepresentative(organizationId, LocalDate.now().minusYears(22));
    }

    /** The accreditation service decides about an organisation's DGC association: granted or withdrawn. */
    public static void dgcAssociation(UUID organizationId, String fact) {
        dgcDecision(organizationId, fact, Instant.now());
        String expected = "granted".equals(fact) ? "active" : fact;
        await().atMost(WAIT).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            OrganizationRecord organization = OrganizationRecord.findById(organizationId);
            return organization != null && expected.equals(organization.dgcStatus);
        }));
    }

    /** Sends the accreditation service's decision {@code fact} taken at {@code decidedAt}; returns the event's id. */
    public static String dgcDecision(UUID organizationId, String fact, Instant decidedAt) {
        return send("accreditation.accreditations", organizationId, "/civicspace/accreditation",
                "org.civicspace.accreditation.accreditation." + fact + ".v1", """
                {"organizationId":"%s","track":"dgc","ecosocStatus":null,"effectiveFrom":"%s","decidedAt":"%s"}"""
                        .formatted(organizationId, LocalDate.now(), decidedAt));
    }

    /** The reprisals service flags, with consent, that this registry id (a person or an organisation) is protected. */
    public static void protectionFlag(UUID registryId) {
        protection(registryId, "flagged", true);
    }

    /** The reprisals service lifts the flag: consent withdrawn or the case closed. */
    public static void protectionLifted(UUID registryId) {
        protection(registryId, "lifted", false);
    }

    private static void protection(UUID registryId, String fact, boolean flagged) {
        send("reprisals.protection-flags", registryId, "/civicspace/reprisals",
                "org.civicspace.reprisals.protection." + fact + ".v1", "{\"registryId\":\"" + registryId + "\"}");
        await().atMost(WAIT).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            ProtectionFlag flag = ProtectionFlag.findById(registryId);
            return flag != null && flag.flagged == flagged;
        }));
    }

    private static String send(String topic, UUID key, String source, String type, String json) {
        String eventId = UUID.randomUUID().toString();
        try (TopicWriter writer = TopicWriter.asOwnerOf(topic)) {
            writer.sendCloudEvent(topic, key.toString(), eventId, source, type, json);
        }
        return eventId;
    }

    /** A briefing in New York in a month's time, two hours long. */
    public static Map<String, Object> aBriefing(int capacity) {
        LocalDateTime start = LocalDate.now().plusMonths(1).atTime(10, 0);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", "thematic-briefing");
        details.put("titles", Map.of("en", "Youth and the SDGs " + UUID.randomUUID(), "fr", "Les jeunes et les ODD"));
        details.put("descriptions", Map.of("en", "A briefing, with questions; bring your own views."));
        details.put("startsAt", start.toString());
        details.put("endsAt", start.plusHours(2).toString());
        details.put("timeZone", "America/New_York");
        details.put("venueMode", "hybrid");
        details.put("venue", "Conference Room 4, UN Headquarters, New York");
        details.put("onlineUrl", "https://webtv.example.org/briefing");
        details.put("interpretationLanguages", List.of("en", "fr", "es"));
        details.put("capacity", capacity);
        details.put("perOrganizationLimit", 10);
        return details;
    }

    public static UUID aPublishedEvent(Map<String, Object> details) {
        UUID id = aDraftEvent(details);
        staff().post(EVENTS + "/" + id + "/publication").then().statusCode(200);
        return id;
    }

    public static UUID aDraftEvent(Map<String, Object> details) {
        return UUID.fromString(staff().contentType(ContentType.JSON).body(details).post(EVENTS)
                .then().statusCode(201).extract().<String>path("id"));
    }

    public static RequestSpecification staff() {
        return given().auth().oauth2(Tokens.user("dgc-officer"));
    }

    /** Registers a representative, as DGC staff on the organisation's behalf. */
    public static ValidatableResponse register(UUID event, UUID representative) {
        return register(event, representative, "dgc-officer", "person@example.org", null);
    }

    public static ValidatableResponse register(UUID event, UUID representative, String user, String email,
            String invitationCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("representativeId", representative.toString());
        body.put("fullName", "Person " + representative.toString().substring(0, 8));
        body.put("email", email);
        if (invitationCode != null) {
            body.put("invitationCode", invitationCode);
        }
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).body(body)
                .post(EVENTS + "/" + event + "/registrations").then();
    }

    /**
     * Every item of a paged list, read {@code limit} at a time by following each page's next cursor, as
     * {@code caller} (a fresh request each time) sees it.
     */
    public static List<Map<String, Object>> allPages(Supplier<RequestSpecification> caller, String list, int limit) {
        return Pages.all(caller, list, limit);
    }
}
