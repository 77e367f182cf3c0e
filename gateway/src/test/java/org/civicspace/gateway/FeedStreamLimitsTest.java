package org.civicspace.gateway;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.inject.Inject;

import org.civicspace.testing.KafkaTestResource;
import org.civicspace.testing.KeycloakTestResource;
import org.civicspace.testing.Tokens;
import org.civicspace.testing.TopicWriter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The event stream's limits, tried as dashboards would: open streams per caller and per replica, a subscriber that
 * stops reading, and what the gateway still remembers once every stream has closed.
 */
@QuarkusTest
@TestProfile(FeedStreamLimitsTest.TwoStreamsPerCallerBehindAnIngress.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "user", value = "gateway"))
@QuarkusTestResource(StandInServicesResource.class)
class FeedStreamLimitsTest {

    static final String STREAMS = "civicspace_gateway_feed_streams";
    static final String DROPPED = "civicspace_gateway_feed_dropped_subscribers_total";

    /**
     * Two streams per caller and six per replica; the test client plays a trusted ingress on 127.0.0.1, so that
     * anonymous dashboards can come from several addresses.
     */
    public static class TwoStreamsPerCallerBehindAnIngress implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("civicspace.gateway.feed.max-streams-per-caller", "2",
                    "civicspace.gateway.feed.max-subscribers", "6",
                    "civicspace.gateway.trusted-proxies", "127.0.0.1");
        }
    }

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Inject
    PublicEventFeed feed;

    private final List<EventStream> opened = new ArrayList<>();

    @AfterEach
    void closeEveryStream() {
        opened.forEach(EventStream::close);
        await().atMost(Duration.ofSeconds(10)).until(() -> feed.quota().open() == 0);
    }

    @Test
    void refusesAUsersThirdStreamWhileAnotherUserStillGetsOneAndClosingOneFreesAPlace() throws Exception {
        String[] csoRep = { "Authorization", Tokens.bearer(Tokens.user("cso-rep")) };
        EventStream first = open(csoRep);
        open(csoRep);

        assertTooManyStreams(EventStream.refused(port, csoRep));
        open("Authorization", Tokens.bearer(Tokens.user("cso-rep-2")));
        open("Authorization", Tokens.bearer(Tokens.service("partner-demo-agency")));

        first.close();
        EventStream again = await().atMost(Duration.ofSeconds(10))
                .until(() -> EventStream.openIfAdmitted(port, csoRep), Objects::nonNull);
        opened.add(again);
        assertTooManyStreams(EventStream.refused(port, csoRep));
    }

    @Test
    void refusesTheThirdAnonymousStreamFromOneAddressWhileAnotherAddressStillGetsOne() throws Exception {
        String[] office = { "X-Forwarded-For", "203.0.113.7" };
        open(office);
        open(office);

        assertTooManyStreams(EventStream.refused(port, office));
        open("X-Forwarded-For", "203.0.113.8");
        // a user's streams are the user's, not their address's
        open("X-Forwarded-For", "203.0.113.7", "Authorization", Tokens.bearer(Tokens.user("cso-rep")));
    }

    @Test
    void refusesEveryNewStreamOnceTheReplicaServesAsManyAsItMay() throws Exception {
        for (String address : List.of("203.0.113.1", "203.0.113.2", "203.0.113.3")) {
            open("X-Forwarded-For", address);
            open("X-Forwarded-For", address);
        }

        EventStream.Refusal refusal = EventStream.refused(port, "X-Forwarded-For", "203.0.113.4");

        assertThat(refusal.status()).isEqualTo(503);
        assertThat(refusal.contentType()).isEqualTo(Problems.MEDIA_TYPE);
        assertThat(refusal.retryAfter()).isEqualTo("30");
        assertThat(refusal.problem().getString("type")).isEqualTo("https://civicspace.org/problems/feed-full");
        assertThat(refusal.problem().getInt("status")).isEqualTo(503);
    }

    @Test
    void dropsASubscriberThatStopsReadingWhileAnotherGetsEveryEvent() throws Exception {
        double droppedBefore = metric(DROPPED);
        try (TopicWriter kafka = new TopicWriter("registry-service")) {
            EventStream reader = open("X-Forwarded-For", "198.51.100.20");
            String caughtUp = publishOrganizations(kafka, 1, 0).get(0);
            assertThat(reader.awaitEventContaining(caughtUp, Duration.ofSeconds(60))).isNotNull();

            try (Socket stalled = stalledSubscriber("198.51.100.21")) {
                await().atMost(Duration.ofSeconds(10)).until(() -> feed.quota().open() == 2);
                // each round publishes a few large events and waits until the reader has every one of them, while
                // the stalled subscriber falls further behind
                await().atMost(Duration.ofSeconds(120)).until(() -> {
                    List<String> round = publishOrganizations(kafka, 8, 4096);
                    assertThat(reader.awaitEventsContaining(round, Duration.ofSeconds(30))).isEmpty();
                    return metric(DROPPED) > droppedBefore;
                });

                assertThat(readsToTheEnd(stalled)).as("the gateway closed the stalled subscriber's connection")
                        .isTrue();
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> feed.quota().open() == 1);
            String after = publishOrganizations(kafka, 1, 0).get(0);
            assertThat(reader.awaitEventContaining(after, Duration.ofSeconds(30))).isNotNull();
        }
        assertThat(metric(DROPPED)).isEqualTo(droppedBefore + 1);
    }

    @Test
    void remembersNoCallerOnceTheirStreamsHaveClosed() throws Exception {
        String[] csoRep = { "Authorization", Tokens.bearer(Tokens.user("cso-rep")) };
        List<EventStream> streams = List.of(open(csoRep), open(csoRep),
                open("Authorization", Tokens.bearer(Tokens.user("cso-rep-2"))),
                open("X-Forwarded-For", "203.0.113.30"));
        assertThat(feed.quota().callers()).isEqualTo(3);
        assertThat(metric(STREAMS)).isEqualTo(4);

        streams.forEach(EventStream::close);

        await().atMost(Duration.ofSeconds(10)).until(() -> feed.quota().callers() == 0);
        assertThat(metric(STREAMS)).isZero();
    }

    private EventStream open(String... headers) throws Exception {
        EventStream stream = EventStream.open(port, headers);
        opened.add(stream);
        return stream;
    }

    private static void assertTooManyStreams(EventStream.Refusal refusal) {
        assertThat(refusal.status()).isEqualTo(429);
        assertThat(refusal.contentType()).isEqualTo(Problems.MEDIA_TYPE);
        assertThat(refusal.retryAfter()).isEqualTo("30");
        assertThat(refusal.problem().getString("type")).isEqualTo("https://civicspace.org/problems/too-many-streams");
        assertThat(refusal.problem().getString("title")).isEqualTo("Too many streams");
        assertThat(refusal.problem().getInt("status")).isEqualTo(429);
        assertThat(refusal.problem().getString("instance")).isEqualTo(PublicEventFeed.PATH);
        assertThat(refusal.problem().getInt("limit")).isEqualTo(2);
    }

    /** Publishes organisations registered, each with {@code padding} more bytes; returns their ids. */
    private static List<String> publishOrganizations(TopicWriter kafka, int count, int padding) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            kafka.sendCloudEvent("registry.organizations", UUID.randomUUID().toString(), id, "/civicspace/test",
                    PublicFeedAndDocsTest.REGISTERED, "{\"organizationId\":\"" + UUID.randomUUID()
                            + "\",\"legalName\":\"Feed limits " + id + "\",\"description\":\"" + "x".repeat(padding)
                            + "\",\"occurredAt\":\"" + Instant.now() + "\"}");
            ids.add(id);
        }
        return ids;
    }

    /** A dashboard that asks for the stream and then never reads, with a small receive buffer. */
    private Socket stalledSubscriber(String address) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(2048);
        socket.connect(new InetSocketAddress("127.0.0.1", port));
        socket.getOutputStream().write(("GET " + PublicEventFeed.PATH + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nAccept: text/event-stream\r\nX-Forwarded-For: " + address + "\r\n\r\n").getBytes(US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    /** Reads what the gateway had sent until the connection ends; false if it is still open after a while. */
    private static boolean readsToTheEnd(Socket socket) throws IOException {
        socket.setSoTimeout(30_000);
        InputStream in = socket.getInputStream();
        byte[] chunk = new byte[65536];
        try {
            while (in.read(chunk) >= 0) {
                // what was already on its way to the client arrives before the end
            }
            return true;
        } catch (SocketException reset) {
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        }
    }

    /** A meter's value as Prometheus scrapes it from the gateway: the sample after its name and labels. */
    private static double metric(String name) {
        String scraped = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return scraped.lines().filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .map(line -> line.substring(line.indexOf('}') < 0 ? name.length() : line.indexOf('}') + 1).trim())
                .mapToDouble(sample -> Double.parseDouble(sample.split("\\s+")[0])).sum();
    }
}
