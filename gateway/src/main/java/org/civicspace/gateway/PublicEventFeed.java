package org.civicspace.gateway;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.logging.Log;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A Server-Sent Events stream of public domain events for dashboards, at {@value #PATH}: each event is a
 * CloudEvent in structured JSON, its SSE id the Kafka position ({@code topic:partition:offset}). Only the topics
 * configured as public are read, and an event type of the reprisals area is dropped even if one were configured.
 * The last {@code civicspace.gateway.feed.buffer} events are kept in memory: a client that reconnects with
 * {@code Last-Event-ID} gets what it missed from them (all of them if its id is no longer kept, so clients
 * deduplicate by CloudEvent id).
 */
@ApplicationScoped
public class PublicEventFeed {

    static final String PATH = ApiProxy.PREFIX + "feeds/events";
    private static final long HEARTBEAT_MILLIS = 15_000;

    /** One event as sent: its SSE id, its type and the structured CloudEvent. */
    record FeedEvent(String id, String type, String cloudEvent) {

        String frame() {
            return "id: " + id + "\nevent: " + type + "\ndata: " + cloudEvent + "\n\n";
        }
    }

    private final GatewayConfig config;
    private final ObjectMapper json;
    private final Vertx vertx;
    private final ArrayDeque<FeedEvent> buffer = new ArrayDeque<>();
    private final Set<HttpServerResponse> subscribers = new CopyOnWriteArraySet<>();

    public PublicEventFeed(GatewayConfig config, ObjectMapper json, Vertx vertx) {
        this.config = config;
        this.json = json;
        this.vertx = vertx;
    }

    void register(@Observes Router router) {
        router.get(PATH).order(50).handler(this::subscribe);
        vertx.setPeriodic(HEARTBEAT_MILLIS, id -> subscribers.forEach(s -> s.write(": keep-alive\n\n")));
    }

    @Incoming("public-events")
    public void receive(ConsumerRecord<String, String> record) {
        String type = header(record, "ce_type");
        if (type == null || !isPublic(record.topic(), type)) {
            return;
        }
        FeedEvent event = new FeedEvent(record.topic() + ":" + record.partition() + ":" + record.offset(), type,
                cloudEvent(record, type));
        synchronized (buffer) {
            buffer.addLast(event);
            while (buffer.size() > config.feed().buffer()) {
                buffer.removeFirst();
            }
        }
        subscribers.forEach(subscriber -> subscriber.write(event.frame()));
    }

    boolean isPublic(String topic, String type) {
        return config.feed().topics().contains(topic) && !type.startsWith("org.civicspace.reprisals.");
    }

    private void subscribe(RoutingContext context) {
        HttpServerResponse response = context.response();
        if (subscribers.size() >= config.feed().maxSubscribers()) {
            response.putHeader("Retry-After", "30");
            Problems.send(response, 503, "feed-full", "Feed full", "Too many open event streams; retry later.",
                    PATH);
            return;
        }
        String lastEventId = context.request().getHeader("Last-Event-ID");
        response.setChunked(true)
                .putHeader("Content-Type", "text/event-stream; charset=utf-8")
                .putHeader("Cache-Control", "no-cache")
                .putHeader("X-Accel-Buffering", "no");
        response.write("retry: 5000\n\n");
        for (FeedEvent missed : missedSince(lastEventId)) {
            response.write(missed.frame());
        }
        subscribers.add(response);
        response.closeHandler(v -> subscribers.remove(response));
        response.exceptionHandler(e -> subscribers.remove(response));
    }

    /** The kept events after {@code lastEventId}; none without one, all when it is no longer kept. */
    List<FeedEvent> missedSince(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return List.of();
        }
        synchronized (buffer) {
            List<FeedEvent> kept = new ArrayList<>(buffer);
            for (int i = kept.size() - 1; i >= 0; i--) {
                if (kept.get(i).id().equals(lastEventId.strip())) {
                    return kept.subList(i + 1, kept.size());
                }
            }
            return kept;
        }
    }

    private String cloudEvent(ConsumerRecord<String, String> record, String type) {
        ObjectNode event = json.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", header(record, "ce_id"));
        event.put("source", header(record, "ce_source"));
        event.put("type", type);
        String subject = header(record, "ce_subject");
        event.put("subject", subject != null ? subject : record.key());
        String time = header(record, "ce_time");
        event.put("time", time != null ? time : Instant.ofEpochMilli(record.timestamp()).toString());
        event.put("datacontenttype", "application/json");
        try {
            JsonNode data = json.readTree(record.value());
            event.set("data", data);
        } catch (Exception e) {
            Log.debugf("event %s has no JSON data: %s", header(record, "ce_id"), e.toString());
            event.putNull("data");
        }
        return event.toString();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
