package org.civicspace.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.civicspace.servers.Ports;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stand-ins for the services behind the gateway, real HTTP servers on 127.0.0.1: one that echoes what it received
 * (and never answers {@code .../slow}), and an address where nothing listens, as a service that is down.
 */
public class StandInServicesResource implements QuarkusTestResourceLifecycleManager {

    private HttpServer echo;

    @Override
    public Map<String, String> start() {
        try {
            echo = HttpServer.create(new InetSocketAddress(Ports.LOOPBACK, 0), 100);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        echo.setExecutor(Executors.newCachedThreadPool());
        echo.createContext("/", StandInServicesResource::answer);
        echo.start();
        String echoUrl = "http://" + Ports.LOOPBACK + ":" + echo.getAddress().getPort();
        String downUrl = "http://" + Ports.LOOPBACK + ":" + Ports.free();
        return Map.of(
                "civicspace.gateway.routes.registry.url", echoUrl,
                "civicspace.gateway.routes.reprisals.url", echoUrl,
                "civicspace.gateway.routes.accreditation.url", echoUrl,
                "civicspace.gateway.routes.events.url", downUrl,
                "civicspace.gateway.timeout", "1s",
                "civicspace.gateway.max-body-bytes", "1024");
    }

    private static void answer(HttpExchange exchange) throws IOException {
        if (exchange.getRequestURI().getPath().equals("/q/openapi")) {
            byte[] document = """
                    {"openapi": "3.1.0", "info": {"title": "stand-in", "version": "1"},
                     "paths": {"/api/v1/registry/stand-in": {"get": {"responses": {"200": {"description": "ok"}}}}},
                     "components": {"schemas": {"Thing": {"type": "object"}}}}""".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, document.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(document);
            }
            return;
        }
        if (exchange.getRequestURI().getPath().endsWith("/slow")) {
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        StringBuilder json = new StringBuilder("{\"method\":\"").append(exchange.getRequestMethod())
                .append("\",\"uri\":\"").append(exchange.getRequestURI()).append("\",\"bodyBytes\":")
                .append(body.length).append(",\"headers\":{");
        headers.forEach((name, value) -> json.append('"').append(name).append("\":\"")
                .append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append("\","));
        if (!headers.isEmpty()) {
            json.setLength(json.length() - 1);
        }
        json.append("}}");
        byte[] response = json.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("ETag", "\"7\"");
        exchange.sendResponseHeaders(200, response.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response);
        }
    }

    @Override
    public void stop() {
        if (echo != null) {
            echo.stop(0);
        }
    }
}
