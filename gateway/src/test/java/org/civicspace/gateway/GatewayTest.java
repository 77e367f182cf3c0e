package org.civicspace.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.civicspace.testing.KafkaTestResource;
import org.civicspace.testing.KeycloakTestResource;
import org.civicspace.testing.RealServers;
import org.civicspace.testing.Tokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The gateway in front of stand-in services, with real Keycloak tokens. */
@QuarkusTest
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "user", value = "gateway"))
@QuarkusTestResource(StandInServicesResource.class)
class GatewayTest {

    static final String PROBLEM = "application/problem+json";
    static final String REGISTRY = "/api/v1/registry/organizations";
    static final String CASES = "/api/v1/reprisals/cases";

    @Inject
    InMemorySpanExporter spans;

    @Inject
    MeterRegistry metrics;

    /** How many bearer tokens the gateway found verified ("hit") or had to verify ("miss") so far. */
    double tokenCache(String result) {
        Counter counter = metrics.find("civicspace.gateway.token.cache").tag("result", result).counter();
        return counter == null ? 0 : counter.count();
    }

    @Nested
    class Authentication {

        @Test
        void letsAnonymousCallersReadPublicRoutes() {
            given().get(REGISTRY).then().statusCode(200).body("method", equalTo("GET"));
        }

        @Test
        void refusesMissingTokenOnProtectedRoutes() {
            given().contentType(ContentType.JSON).body("{}").post(REGISTRY)
                    .then().statusCode(401).contentType(PROBLEM)
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .body("type", equalTo("https://civicspace.org/problems/unauthenticated"));
            given().get(CASES).then().statusCode(401).contentType(PROBLEM);
        }

        @Test
        void refusesTokenOfAnotherIssuer() {
            given().auth().oauth2(masterRealmToken()).get(CASES)
                    .then().statusCode(401).contentType(PROBLEM);
        }

        @Test
        void refusesTokenForAnotherAudience() {
            String token = given().baseUri(RealServers.keycloakRealmUrl())
                    .formParams("grant_type", "password", "client_id", "admin-cli",
                            "username", "case-officer", "password", "case-officer")
                    .post("/protocol/openid-connect/token")
                    .then().statusCode(200).extract().path("access_token");
            assertThat(payloadOf(token)).doesNotContain("civicspace-api");

            given().auth().oauth2(token).get(CASES).then().statusCode(401).contentType(PROBLEM);
        }

        @Test
        void refusesUnsignedToken() {
            String[] parts = Tokens.user("case-officer").split("\\.");
            String unsigned = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";

            given().auth().oauth2(unsigned).get(CASES).then().statusCode(401).contentType(PROBLEM);
        }

        @Test
        void refusesTamperedToken() {
            String[] parts = Tokens.user("dashboard").split("\\.");
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                    .replace("dashboard-reader", "ohchr-case-officer");
            String forged = parts[0] + "." + base64(payload) + "." + parts[2];

            given().auth().oauth2(forged).get(CASES).then().statusCode(401).contentType(PROBLEM);
        }

        @Test
        void refusesExpiredToken() {
            String expiring = KeycloakAdmin.withAccessTokenLifespan(1, () -> Tokens.freshUser("case-officer"));

            // a one-second token: wait until its lifetime has passed, then it must be refused as a problem
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                    .until(() -> given().auth().oauth2(expiring).get(CASES).statusCode() == 401);
            given().auth().oauth2(expiring).get(CASES).then().statusCode(401).contentType(PROBLEM);
        }

        @Test
        void refusesATokenOnceItExpiresThoughItWasAcceptedAndRemembered() {
            String expiring = KeycloakAdmin.withAccessTokenLifespan(3, () -> Tokens.freshUser("case-officer"));
            given().auth().oauth2(expiring).get(CASES).then().statusCode(200);
            given().auth().oauth2(expiring).get(CASES).then().statusCode(200);

            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                    .until(() -> given().auth().oauth2(expiring).get(CASES).statusCode() == 401);
            given().auth().oauth2(expiring).get(CASES).then().statusCode(401).contentType(PROBLEM);
        }

        @Test
        void verifiesATokenOnceAndThenFindsItVerified() {
            String token = Tokens.freshUser("case-officer");
            double hits = tokenCache("hit");
            double misses = tokenCache("miss");

            given().auth().oauth2(token).get(CASES).then().statusCode(200);
            given().auth().oauth2(token).get(CASES).then().statusCode(200);
            given().auth().oauth2(token).get(CASES).then().statusCode(200);

            assertThat(tokenCache("miss") - misses).isEqualTo(1);
            assertThat(tokenCache("hit") - hits).isEqualTo(2);
        }

        @Test
        void refusesATokenThatDiffersFromARememberedOneInItsSignature() {
            String token = Tokens.user("case-officer");
            given().auth().oauth2(token).get(CASES).then().statusCode(200);
            // a character inside the signature (the last one may carry only padding bits)
            int at = token.length() - 10;
            String altered = token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);

            given().auth().oauth2(altered).get(CASES).then().statusCode(401).contentType(PROBLEM);
        }

        @Test
        void refusesAnInvalidTokenEvenOnPublicReads() {
            given().auth().oauth2("not-a-token").get(REGISTRY).then().statusCode(401).contentType(PROBLEM);
        }
    }

    @Nested
    class Authorization {

        @Test
        void refusesARoleNotAllowedOnTheRoute() {
            given().auth().oauth2(Tokens.user("dashboard")).get(CASES)
                    .then().statusCode(403).contentType(PROBLEM)
                    .body("type", equalTo("https://civicspace.org/problems/forbidden"));
            given().auth().oauth2(Tokens.user("cso-rep")).get(CASES).then().statusCode(403);
        }

        @Test
        void letsADashboardReadThePublishedReprisalStatisticsAndNothingElseOfTheArea() {
            String token = Tokens.user("dashboard");

            given().auth().oauth2(token).queryParam("year", 2025).get("/api/v1/reprisals/statistics")
                    .then().statusCode(200).body("uri", equalTo("/api/v1/reprisals/statistics?year=2025"));
            given().auth().oauth2(token).get("/api/v1/reprisals/statistics/caseload").then().statusCode(403);
            given().auth().oauth2(token).post("/api/v1/reprisals/statistics").then().statusCode(403);
        }

        @Test
        void letsAnyoneAnswerAnEventsSurveyAndNothingElseOfTheEventsAreaWithoutAToken() {
            String event = "/api/v1/events/events/" + java.util.UUID.randomUUID();
            // the stand-in for events-service is down: 503 means the gateway let the request through
            given().contentType(ContentType.JSON).body("{}").post(event + "/feedback").then().statusCode(503);
            given().contentType(ContentType.JSON).body("{}").post(event + "/registrations").then().statusCode(401);
            given().contentType(ContentType.JSON).body("{}").post(event + "/x/feedback").then().statusCode(401);
        }

        @Test
        void forwardsAnAllowedRoleWithItsToken() {
            String token = Tokens.user("case-officer");

            given().auth().oauth2(token).get(CASES)
                    .then().statusCode(200)
                    .body("headers.authorization", equalTo("Bearer " + token));
        }

        @Test
        void letsAnyoneUseTheSecureIntakeAndItsFollowUps() {
            // a person at risk may have no account: the reference and secret from the intake are their credentials
            for (String path : new String[] { "/api/v1/reprisals/intake", "/api/v1/reprisals/intake/follow-ups",
                "/api/v1/reprisals/intake/status" }) {
                given().contentType(ContentType.JSON).body("{}").post(path)
                        .then().statusCode(200).body("method", equalTo("POST")).body("uri", equalTo(path));
            }
            given().get("/api/v1/reprisals/intake/status").then().statusCode(401);
        }
    }

    @Nested
    class Forwarding {

        @Test
        void keepsPathQueryAndConditionalHeaders() {
            given().auth().oauth2(Tokens.user("dgc-officer"))
                    .header("If-Match", "\"6\"").contentType(ContentType.JSON).body("{\"a\":1}")
                    .queryParam("q", "é x")
                    .put(REGISTRY + "/42")
                    .then().statusCode(200)
                    .header("ETag", "\"7\"")
                    .body("method", equalTo("PUT"))
                    .body("uri", startsWith(REGISTRY + "/42?q="))
                    .body("headers.if-match", equalTo("\"6\""))
                    .body("bodyBytes", equalTo(7));
        }

        @Test
        void writesTheClientsAddressAndWhatItCalledOverWhateverTheClientClaims() {
            JsonPath echoed = given().header("X-Forwarded-For", "203.0.113.7").header("Forwarded", "for=198.51.100.1")
                    .header("X-Real-IP", "203.0.113.8").header("X-Forwarded-Host", "evil.example")
                    .header("X-Forwarded-Proto", "https").header("X-Forwarded-Port", "443")
                    .get(REGISTRY).then().statusCode(200).extract().jsonPath();

            assertThat(echoed.getString("headers.x-forwarded-for")).isEqualTo("127.0.0.1");
            assertThat(echoed.getString("headers.x-forwarded-host")).isEqualTo("localhost:" + RestAssured.port);
            assertThat(echoed.getString("headers.x-forwarded-proto")).isEqualTo("http");
            assertThat(echoed.getString("headers.x-forwarded-port")).isEqualTo(String.valueOf(RestAssured.port));
            assertThat(echoed.getMap("headers")).doesNotContainKeys("forwarded", "x-real-ip");
        }

        @Test
        void forwardsAHostItIsNotCalledByAsItsOwnName() {
            for (String foreign : List.of("evil.example", "evil.example:" + RestAssured.port,
                    "127.0.0.1.evil.example")) {
                given().header("Host", foreign).get(REGISTRY).then().statusCode(200)
                        .body("headers.x-forwarded-host", equalTo("127.0.0.1:" + RestAssured.port));
            }
            given().header("Host", "LOCALHOST:" + RestAssured.port).get(REGISTRY).then().statusCode(200)
                    .body("headers.x-forwarded-host", equalTo("LOCALHOST:" + RestAssured.port));
        }

        @Test
        void aMalformedHostIsABadRequestProblem() throws IOException {
            for (String host : List.of("a b", "[::1", "127.0.0.1:99999", "evil.example/path?x")) {
                try (Socket socket = new Socket(RestAssured.baseURI.replace("http://", ""), RestAssured.port)) {
                    socket.setSoTimeout(10_000);
                    socket.getOutputStream().write(("GET " + REGISTRY + " HTTP/1.1\r\nHost: " + host
                            + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                    String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

                    assertThat(answer).as("Host: %s", host).startsWith("HTTP/1.1 400").contains(PROBLEM)
                            .contains("https://civicspace.org/problems/bad-request");
                }
            }
        }

        @Test
        void ignoresMalformedAndEndlessForwardingChains() {
            for (String claimed : List.of("not-an-ip", "", "203.0.113.7, " + "junk, ".repeat(100) + "::1",
                    "[2001:db8::1]:443", "999.1.1.1")) {
                given().header("X-Forwarded-For", claimed).get(REGISTRY)
                        .then().statusCode(200).body("headers.x-forwarded-for", equalTo("127.0.0.1"));
            }
        }

        @Test
        void propagatesTraceContextAndRequestId() {
            String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

            var response = given().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                    .header("X-Request-Id", "request-123456")
                    .get(REGISTRY)
                    .then().statusCode(200)
                    .header("X-Request-Id", "request-123456")
                    .body("headers.x-request-id", equalTo("request-123456"))
                    .body("headers.traceparent", matchesPattern("00-" + traceId + "-[0-9a-f]{16}-01"))
                    .extract();
            assertThat(response.<String>path("headers.traceparent")).doesNotContain("00f067aa0ba902b7");
        }

        @Test
        void tracesTheRequestAndItsCallToTheServiceInTheCallersTrace() {
            String traceId = "0af7651916cd43dd8448eb211c80319c";
            spans.reset();

            String forwarded = given().header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
                    .get(REGISTRY).then().statusCode(200).extract().path("headers.traceparent");

            await().atMost(Duration.ofSeconds(10)).until(() -> inTrace(traceId).size() >= 2);
            SpanData server = inTrace(traceId).stream().filter(span -> span.getKind() == SpanKind.SERVER)
                    .findFirst().orElseThrow();
            SpanData client = inTrace(traceId).stream().filter(span -> span.getKind() == SpanKind.CLIENT)
                    .findFirst().orElseThrow();
            assertThat(server.getParentSpanId()).isEqualTo("b7ad6b7169203331");
            assertThat(client.getParentSpanId()).isEqualTo(server.getSpanId());
            assertThat(forwarded).isEqualTo("00-" + traceId + "-" + client.getSpanId() + "-01");
        }

        private List<SpanData> inTrace(String traceId) {
            return spans.getFinishedSpanItems().stream().filter(span -> span.getTraceId().equals(traceId)).toList();
        }

        @Test
        void startsATraceWhenTheCallerHasNone() {
            given().get(REGISTRY).then().statusCode(200)
                    .header("X-Request-Id", notNullValue())
                    .body("headers.traceparent", matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-01"));
        }

        @Test
        void answersUnknownAreasWith404Problem() {
            given().get("/api/v1/nowhere/x").then().statusCode(404).contentType(PROBLEM);
        }

        @Test
        void refusesBodiesOverTheLimitWith413() {
            given().auth().oauth2(Tokens.user("dgc-officer")).contentType(ContentType.JSON)
                    .body("{\"x\":\"" + "a".repeat(2000) + "\"}")
                    .post(REGISTRY)
                    .then().statusCode(413).contentType(PROBLEM);
        }
    }

    /** Clients whose Content-Length promises more body than they send; more of them than open a circuit. */
    @Nested
    class BodiesThatNeverArrive {

        static final String INTAKE = "/api/v1/reprisals/intake";

        @Test
        void answers408AndClosesWithoutCountingAgainstTheService() throws IOException {
            for (int i = 0; i < 6; i++) {
                String answer = rawPost(INTAKE, 100, "{\"a\":", false);

                assertThat(answer).startsWith("HTTP/1.1 408").contains(PROBLEM)
                        .contains("https://civicspace.org/problems/request-timeout");
            }
            given().contentType(ContentType.JSON).body("{}").post(INTAKE).then().statusCode(200);
        }

        @Test
        void aClientGoneMidBodyIsForgottenAtOnceWithoutCountingAgainstTheService() throws IOException {
            for (int i = 0; i < 6; i++) {
                long started = System.nanoTime();
                String answer = rawPost(INTAKE, 100, "{\"a\":", true);

                assertThat(answer).doesNotStartWith("HTTP/1.1 5");
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            }
            given().contentType(ContentType.JSON).body("{}").post(INTAKE).then().statusCode(200);
        }

        /** Writes a POST declaring {@code length} bytes with a shorter body and reads until the gateway closes. */
        String rawPost(String path, int length, String body, boolean thenClose) throws IOException {
            try (Socket socket = new Socket(RestAssured.baseURI.replace("http://", ""), RestAssured.port)) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n" + body)
                        .getBytes(StandardCharsets.UTF_8));
                socket.getOutputStream().flush();
                if (thenClose) {
                    socket.shutdownOutput();
                }
                try {
                    return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (SocketException e) {
                    return "";
                }
            }
        }
    }

    @Nested
    class Outages {

        @Test
        void answers503QuicklyWhenAServiceIsDown() {
            given().get("/api/v1/events/briefings")
                    .then().statusCode(503).contentType(PROBLEM)
                    .header("Retry-After", notNullValue())
                    .time(lessThan(5000L));
        }

        @Test
        void answers504WhenAServiceDoesNotAnswerInTime() {
            given().get(REGISTRY + "/slow")
                    .then().statusCode(504).contentType(PROBLEM)
                    .body("type", equalTo("https://civicspace.org/problems/gateway-timeout"))
                    .time(lessThan(10000L));
        }
    }

    @Test
    void publishesALatencyHistogramPerRouteForThePercentileAlerts() {
        given().get(REGISTRY).then().statusCode(200);

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("civicspace_gateway_requests_seconds_bucket{"))
                .body(matchesPattern("(?s).*civicspace_gateway_requests_seconds_count\\{[^}]*route=\"registry\"[^}]*\\} .*"));
    }

    @Test
    void reportsEachServiceInItsHealth() {
        given().get("/q/health/ready")
                .then()
                .body("checks.find { it.name == 'downstream services' }.data.registry", equalTo("UP"))
                .body("checks.find { it.name == 'downstream services' }.data.events", equalTo("DOWN"));
    }

    static String masterRealmToken() {
        return given().baseUri(RealServers.keycloakUrl())
                .formParams("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin")
                .post("/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    static String payloadOf(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The Keycloak admin API, for a setting a test needs briefly. */
    static final class KeycloakAdmin {

        static <T> T withAccessTokenLifespan(int seconds, java.util.function.Supplier<T> action) {
            String admin = masterRealmToken();
            String realm = RealServers.keycloakUrl() + "/admin/realms/civicspace";
            int before = given().auth().oauth2(admin).get(realm).then().statusCode(200)
                    .extract().path("accessTokenLifespan");
            given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("accessTokenLifespan", seconds))
                    .put(realm).then().statusCode(204);
            try {
                return action.get();
            } finally {
                given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("accessTokenLifespan", before))
                        .put(realm).then().statusCode(204);
            }
        }
    }
}
