package org.civicspace.bench.baselines;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;

/**
 * The raw baseline of the gateway benchmark: the least code that forwards a request to registry-service and streams
 * its answer back, on what the gateway runs on (Vert.x core's HTTP server and its pooled HTTP client). Headers go
 * through both ways but the hop-by-hop ones; bodies are piped. No authentication, rate limit, metrics, request id,
 * trace context, circuit breaker or problem body: what any proxy that adds one HTTP hop costs on this machine.
 *
 * <p>Usage: {@code RawProxyServer <port> <target base URL> <pool size>}; it listens on 127.0.0.1 with one HTTP server
 * and one client per event loop, and runs until it is terminated.
 */
public final class RawProxyServer {

    /** RFC 9110's connection-specific headers, and Host, which the client sets for the target. */
    static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host");

    private RawProxyServer() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: RawProxyServer <port> <target base URL> <pool size>");
        }
        int port = Integer.parseInt(args[0]);
        URI target = URI.create(args[1]);
        int poolSize = Integer.parseInt(args[2]);
        int eventLoops = VertxOptions.DEFAULT_EVENT_LOOP_POOL_SIZE;
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(eventLoops));
        vertx.deployVerticle(() -> new ProxyVerticle(target, poolSize, port),
                new DeploymentOptions().setInstances(eventLoops))
                .onSuccess(id -> System.out.printf("raw proxy on 127.0.0.1:%d to %s, %d event loops, pool of %d%n",
                        port, target, eventLoops, poolSize))
                .onFailure(e -> {
                    e.printStackTrace();
                    System.exit(1);
                });
    }

    /** One HTTP server and one client on one event loop. */
    private static final class ProxyVerticle extends AbstractVerticle {

        private final URI target;
        private final int poolSize;
        private final int port;
        private HttpClient client;

        ProxyVerticle(URI target, int poolSize, int port) {
            this.target = target;
            this.poolSize = poolSize;
            this.port = port;
        }

        @Override
        public void start(Promise<Void> started) {
            client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost(target.getHost())
                    .setDefaultPort(target.getPort()).setKeepAlive(true).setMaxPoolSize(poolSize));
            vertx.createHttpServer().requestHandler(this::forward).listen(port, "127.0.0.1")
                    .<Void>mapEmpty().onComplete(started);
        }

        private void forward(HttpServerRequest request) {
            request.pause();
            client.request(new RequestOptions().setMethod(request.method()).setURI(request.uri()))
                    .onSuccess(outgoing -> {
                        copy(request.headers(), outgoing.headers());
                        if (request.getHeader(HttpHeaders.CONTENT_LENGTH) == null
                                && request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
                            outgoing.setChunked(true);
                        }
                        outgoing.response().onSuccess(answer -> {
                            request.response().setStatusCode(answer.statusCode());
                            copy(answer.headers(), request.response().headers());
                            if (answer.getHeader(HttpHeaders.CONTENT_LENGTH) == null) {
                                request.response().setChunked(true);
                            }
                            answer.pipeTo(request.response());
                        }).onFailure(failure -> request.response().setStatusCode(502).end());
                        request.pipeTo(outgoing);
                    })
                    .onFailure(failure -> request.response().setStatusCode(502).end());
        }

        private static void copy(MultiMap from, MultiMap to) {
            from.forEach((name, value) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                    to.add(name, value);
                }
            });
        }
    }
}
