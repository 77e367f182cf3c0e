package org.civicspace.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.restassured.path.json.JsonPath;

/** The gateway's event stream as a dashboard opens it: an SSE stream whose lines arrive on a queue. */
final class EventStream implements AutoCloseable {

    /** A stream the gateway would not open: its status, headers and problem body. */
    record Refusal(int status, String contentType, String retryAfter, JsonPath problem) {
    }

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Stream<String> body;
    private final Thread reader;

    private EventStream(Stream<String> body) {
        this.body = body;
        this.reader = new Thread(() -> {
            try {
                body.forEach(lines::add);
            } catch (UncheckedIOException | IllegalStateException closed) {
                // closed by the test, or by the gateway, also before this thread began to read (the stream then
                // refuses to be read at all): the lines read so far stay on the queue
            }
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens the stream with the given request headers (name, value, name, value...), expecting it to open. */
    static EventStream open(int port, String... headers) throws Exception {
        HttpResponse<Stream<String>> response = request(port, headers);
        if (response.statusCode() != 200) {
            String body = response.body().collect(Collectors.joining("\n"));
            throw new AssertionError("the stream did not open: " + response.statusCode() + " " + body);
        }
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        return new EventStream(response.body());
    }

    /** Opens the stream if the gateway admits it now; null if it refuses. */
    static EventStream openIfAdmitted(int port, String... headers) throws Exception {
        HttpResponse<Stream<String>> response = request(port, headers);
        if (response.statusCode() != 200) {
            response.body().close();
            return null;
        }
        return new EventStream(response.body());
    }

    /** Asks for a stream that the gateway should refuse, and reads its refusal. */
    static Refusal refused(int port, String... headers) throws Exception {
        HttpResponse<Stream<String>> response = request(port, headers);
        if (response.statusCode() == 200) {
            // an opened stream never ends: fail now instead of reading it
            response.body().close();
            throw new AssertionError("the gateway opened a stream it should have refused");
        }
        String body = response.body().collect(Collectors.joining("\n"));
        return new Refusal(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("Retry-After").orElse(null), new JsonPath(body));
    }

    private static HttpResponse<Stream<String>> request(int port, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + PublicEventFeed.PATH)).header("Accept", "text/event-stream");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        // one connection per stream, as browsers open an EventSource over HTTP/1.1
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofLines());
    }

    /** The next event frame whose data contains {@code text}: its id line, or null within the time. */
    String awaitEventContaining(String text, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        String id = null;
        while (System.nanoTime() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line == null) {
                continue;
            }
            if (line.startsWith("id: ")) {
                id = line.substring(4);
            } else if (line.startsWith("data: ") && line.contains(text)) {
                return id;
            }
        }
        return null;
    }

    /** Reads events, in whatever order they come, until each text was in one; returns those never seen in time. */
    Set<String> awaitEventsContaining(Collection<String> texts, Duration within) throws InterruptedException {
        Set<String> unseen = new HashSet<>(texts);
        long deadline = System.nanoTime() + within.toNanos();
        while (!unseen.isEmpty() && System.nanoTime() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith("data: ")) {
                unseen.removeIf(line::contains);
            }
        }
        return unseen;
    }

    /** The data lines received and not yet read. */
    List<String> drainData() {
        List<String> data = new ArrayList<>();
        lines.stream().filter(l -> l.startsWith("data: ")).forEach(data::add);
        return data;
    }

    @Override
    public void close() {
        body.close();
        reader.interrupt();
    }
}
