package org.civicspace.gateway;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
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
 * <p>
 * Streams are limited per caller and per replica ({@link StreamQuota}). A subscriber that does not take what is
 * written to it is dropped, not buffered without bound: once more than {@code feed.max-pending-bytes} would wait for
 * its connection, the connection is closed and counted in {@code civicspace.gateway.feed.dropped.subscribers}; the
 * client can reconnect with Last-Event-ID and catch up. Each subscriber's writes run on its own connection's event
 * loop, so one slow subscriber holds up no other.
 */
@ApplicationScoped
public class PublicEventFeed {

    static final String PATH = ApiProxy.PREFIX + "feeds/events";
    private static final long HEARTBEAT_MILLIS = 15_000;
    private static final Buffer KEEP_ALIVE = Buffer.buffer(": keep-alive\n\n");
    private static final String RETRY_AFTER_SECONDS = "30";

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
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final StreamQuota quota;
    private final Forwarding forwarding;
    private final Counter dropped;

    public PublicEventFeed(GatewayConfig config, ObjectMapper json, Vertx vertx, MeterRegistry metrics) {
        this.config = config;
        this.json = json;
        this.vertx = vertx;
        this.quota = new StreamQuota(config.feed().maxStreamsPerCaller(), config.feed().maxSubscribers());
        this.forwarding = new Forwarding(config.trustedProxies(), config.publicHosts());
        Gauge.builder("civicspace.gateway.feed.streams", quota, StreamQuota::open)
                .description("Event streams open on this replica").register(metrics);
        this.dropped = Counter.builder("civicspace.gateway.feed.dropped.subscribers")
                .description("Event streams closed because their client did not take what was written to it")
                .register(metrics);
    }

    void register(@Observes Router router) {
        router.get(PATH).order(50).handler(this::subscribe);
        vertx.setPeriodic(HEARTBEAT_MILLIS, id -> subscribers.forEach(s -> s.offer(KEEP_ALIVE)));
    }

    @Incoming("public-events")
    public void receive(ConsumerRecord<String, String> record) {
        String type = header(record, "ce_type");
        if (type == null || !isPublic(record.topic(), type)) {
            return;
        }
        FeedEvent event = new FeedEvent(record.topic() + ":" + record.partition() + ":" + record.offset(), type,
                cloudEvent(record, type));
        Buffer frame = Buffer.buffer(event.frame());
        // under the buffer's lock, so that a subscriber joining now gets each event once: in its replay or here
        synchronized (buffer) {
            buffer.addLast(event);
            while (buffer.size() > config.feed().buffer()) {
                buffer.removeFirst();
            }
            subscribers.forEach(subscriber -> subscriber.offer(frame));
        }
    }

    boolean isPublic(String topic, String type) {
        return config.feed().topics().contains(topic) && !type.startsWith("org.civicspace.reprisals.");
    }

    private void subscribe(RoutingContext context) {
        Forwarding.Client client = forwarding.clientOf(context.request());
        Context eventLoop = Vertx.currentContext();
        ApiProxy.identityOf(context).subscribe().with(
                identity -> eventLoop.runOnContext(v -> admit(context, ApiProxy.callerKeyOf(identity, client))),
                failure -> eventLoop.runOnContext(v -> ApiProxy.unauthenticated(context,
                        "The bearer token is not valid here (signature, issuer, audience or expiry).")));
    }

    private void admit(RoutingContext context, String caller) {
        HttpServerResponse response = context.response();
        if (response.closed()) {
            return;
        }
        StreamQuota.Admission admission = quota.admit(caller);
        if (admission instanceof StreamQuota.Admission.Admitted admitted) {
            open(context, admitted.place());
        } else if (admission instanceof StreamQuota.Admission.CallerAtLimit atLimit) {
            response.putHeader("Retry-After", RETRY_AFTER_SECONDS);
            Problems.send(response, 429, "too-many-streams", "Too many streams", "You hold " + atLimit.limit()
                    + " open event streams here, as many as one caller may; close one before opening another.",
                    PATH, Map.of("limit", atLimit.limit()));
        } else if (admission instanceof StreamQuota.Admission.ReplicaFull) {
            response.putHeader("Retry-After", RETRY_AFTER_SECONDS);
            Problems.send(response, 503, "feed-full", "Feed full", "Too many open event streams; retry later.",
                    PATH);
        }
    }

    private void open(RoutingContext context, StreamQuota.Place place) {
        HttpServerResponse response = context.response();
        Subscriber subscriber = new Subscriber(response, Vertx.currentContext(), place);
        response.closeHandler(v -> subscriber.close());
        response.exceptionHandler(e -> subscriber.close());
        response.setChunked(true)
                .putHeader("Content-Type", "text/event-stream; charset=utf-8")
                .putHeader("Cache-Control", "no-cache")
                .putHeader("X-Accel-Buffering", "no");
        List<FeedEvent> missed;
        synchronized (buffer) {
            missed = missedSince(context.request().getHeader("Last-Event-ID"));
            subscribers.add(subscriber);
        }
        // live events are offered to this event loop, so they are written after the replay
        subscriber.replay(missed);
    }

    /** Streams open now on this replica, and the callers holding them. */
    StreamQuota quota() {
        return quota;
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

    /**
     * One open stream. Everything about it runs on its connection's event loop: writes, their completions and the
     * count of bytes its connection has not taken yet.
     */
    private final class Subscriber {

        private final HttpServerResponse response;
        private final Context context;
        private final StreamQuota.Place place;
        /** Bytes written that the connection has not taken yet. */
        private long pending;
        /** The replay, which may wait on top of the limit until the client has taken it. */
        private long replayAllowance;
        private boolean closed;

        Subscriber(HttpServerResponse response, Context context, StreamQuota.Place place) {
            this.response = response;
            this.context = context;
            this.place = place;
        }

        void replay(List<FeedEvent> missed) {
            write(Buffer.buffer("retry: 5000\n\n"));
            missed.forEach(event -> write(Buffer.buffer(event.frame())));
            replayAllowance = pending;
        }

        /** From any thread: the frame is written on this subscriber's event loop, unless it is too far behind. */
        void offer(Buffer frame) {
            context.runOnContext(v -> {
                if (closed) {
                    return;
                }
                if (pending + frame.length() > config.feed().maxPendingBytes() + replayAllowance) {
                    drop();
                } else {
                    write(frame);
                }
            });
        }

        private void write(Buffer frame) {
            int length = frame.length();
            pending += length;
            response.write(frame).onComplete(written -> {
                pending -= length;
                if (pending <= config.feed().maxPendingBytes()) {
                    replayAllowance = 0;
                }
            });
        }

        private void drop() {
            Log.debugf("dropping an event stream %d bytes behind", pending);
            dropped.increment();
            close();
            response.reset();
        }

        void close() {
            if (!closed) {
                closed = true;
                subscribers.remove(this);
                place.close();
            }
        }
    }
}
