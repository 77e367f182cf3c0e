package org.civicspace.notifications.webhook.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A partner's receiving endpoint, a real HTTP server on 127.0.0.1 and a free port: it keeps every request it gets
 * and answers with the status the test sets.
 */
final class Receiver implements AutoCloseable {

    /** One request as it arrived: its headers (names in lower case) and body. */
    record Received(Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.get(name).get(0);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(204);

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                Map<String, List<String>> headers = new HashMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                        List.copyOf(values)));
                received.add(new Received(headers, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    void answer(int statusCode) {
        status.set(statusCode);
    }

    /** What arrived for the CloudEvent {@code eventId}, in order. */
    List<Received> of(String eventId) {
        return received.stream().filter(r -> r.body().contains("\"id\":\"" + eventId + "\"")).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
