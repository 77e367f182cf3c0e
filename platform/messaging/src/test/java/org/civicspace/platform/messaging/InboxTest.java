package org.civicspace.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.civicspace.testing.TopicReader.header;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.civicspace.platform.messaging.inbox.Inbox;
import org.civicspace.testing.TopicReader;
import org.civicspace.testing.TopicWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The idempotent consumer's guarantees, against the real PostgreSQL and Kafka. */
@QuarkusTest
class InboxTest {

    static final String TOPIC = WidgetCreated.TYPE.topic();
    static final String DEAD_LETTERS = TOPIC + ".dlq";
    /** The owner of {@link #TOPIC}: the only source whose events on it are applied. */
    static final String SOURCE = "/civicspace/platform-test";
    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Inbox inbox;
    @Inject
    Widgets tables;
    @Inject
    WidgetService widgets;

    TopicWriter writer;

    @BeforeEach
    void openWriter() {
        writer = new TopicWriter("platform-test");
    }

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    @Test
    void appliesEventPublishedThroughTheOutbox() {
        UUID id = widgets.create("round-trip");

        await().atMost(WAIT).until(() -> tables.applications(id).isPresent());
        assertThat(tables.applications(id)).contains(1);
    }

    @Test
    void appliesDuplicateDeliveryOnce() {
        UUID widget = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        long duplicatesBefore = inbox.duplicateCount();

        writer.sendCloudEvent(TOPIC, widget.toString(), eventId, SOURCE, WidgetCreated.TYPE.name(), data(widget, "twice"));
        writer.sendCloudEvent(TOPIC, widget.toString(), eventId, SOURCE, WidgetCreated.TYPE.name(), data(widget, "twice"));

        await().atMost(WAIT).until(() -> inbox.duplicateCount() > duplicatesBefore);
        assertThat(tables.applications(widget)).contains(1);
    }

    @Test
    void deadLettersAnEventFromASourceThatDoesNotOwnTheTopic() {
        UUID widget = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        try (TopicReader deadLetters = new TopicReader(DEAD_LETTERS)) {
            writer.sendCloudEvent(TOPIC, widget.toString(), eventId, "/civicspace/registry", WidgetCreated.TYPE.name(),
                    data(widget, "forged"));

            var dead = deadLetters.await(r -> eventId.equals(header(r, "ce_id")), 1, WAIT);

            assertThat(dead).hasSize(1);
            assertThat(header(dead.get(0), "dead-letter-reason"))
                    .contains("source /civicspace/registry does not own topic " + TOPIC);
            assertThat(tables.applications(widget)).isEmpty();
        }
    }

    @Test
    void deadLettersAnEventThatClaimsToHappenInTheFuture() {
        UUID widget = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        try (TopicReader deadLetters = new TopicReader(DEAD_LETTERS)) {
            writer.sendCloudEvent(TOPIC, widget.toString(), eventId, SOURCE, WidgetCreated.TYPE.name(),
                    data(widget, "from-2999"), java.time.Instant.parse("2999-01-01T00:00:00Z"));

            var dead = deadLetters.await(r -> eventId.equals(header(r, "ce_id")), 1, WAIT);

            assertThat(dead).hasSize(1);
            assertThat(header(dead.get(0), "dead-letter-reason")).contains("is in the future");
            assertThat(tables.applications(widget)).isEmpty();
        }
    }

    @Test
    void appliesAnEventStampedALittleAheadOfOurClock() {
        UUID widget = UUID.randomUUID();

        writer.sendCloudEvent(TOPIC, widget.toString(), UUID.randomUUID().toString(), SOURCE,
                WidgetCreated.TYPE.name(), data(widget, "skewed"), java.time.Instant.now().plusSeconds(60));

        await().atMost(WAIT).until(() -> tables.applications(widget).isPresent());
    }

    @Test
    void sendsPoisonToTheDeadLetterTopicWhileLaterEventsFlow() {
        UUID poison = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        String poisonEventId = UUID.randomUUID().toString();
        try (TopicReader deadLetters = new TopicReader(DEAD_LETTERS)) {
            // same key, so same partition: the later event queues behind the poison one
            writer.sendCloudEvent(TOPIC, "shared-key", poisonEventId, SOURCE, WidgetCreated.TYPE.name(),
                    data(poison, "poison-pill"));
            writer.sendCloudEvent(TOPIC, "shared-key", UUID.randomUUID().toString(), SOURCE,
                    WidgetCreated.TYPE.name(), data(later, "after-the-poison"));

            await().atMost(WAIT).until(() -> tables.applications(later).isPresent());
            var dead = deadLetters.await(r -> poisonEventId.equals(header(r, "ce_id")), 1, WAIT);

            assertThat(dead).hasSize(1);
            assertThat(header(dead.get(0), "dead-letter-reason")).contains("can never be applied");
            assertThat(tables.applications(poison)).isEmpty();
        }
    }

    @Test
    void sendsRecordThatIsNotACloudEventToTheDeadLetterTopic() {
        String marker = "not-a-cloud-event-" + UUID.randomUUID();
        try (TopicReader deadLetters = new TopicReader(DEAD_LETTERS)) {
            writer.sendRaw(TOPIC, "raw", "{\"note\":\"" + marker + "\"}");

            assertThat(deadLetters.await(r -> r.value().contains(marker), 1, WAIT)).hasSize(1);
        }
    }

    @Test
    void sendsUnreadableDataToTheDeadLetterTopic() {
        String eventId = UUID.randomUUID().toString();
        try (TopicReader deadLetters = new TopicReader(DEAD_LETTERS)) {
            writer.sendCloudEvent(TOPIC, "bad", eventId, SOURCE, WidgetCreated.TYPE.name(), "{\"widgetId\": 42,");

            assertThat(deadLetters.await(r -> eventId.equals(header(r, "ce_id")), 1, WAIT)).hasSize(1);
        }
    }

    @Test
    void retriesTransientFailureAndAppliesOnce() {
        UUID widget = UUID.randomUUID();

        writer.sendCloudEvent(TOPIC, widget.toString(), UUID.randomUUID().toString(), SOURCE,
                WidgetCreated.TYPE.name(), data(widget, "flaky-at-first"));

        await().atMost(WAIT).until(() -> tables.applications(widget).isPresent());
        assertThat(tables.applications(widget)).contains(1);
    }

    private static String data(UUID widget, String name) {
        return "{\"widgetId\":\"" + widget + "\",\"name\":\"" + name + "\"}";
    }
}
