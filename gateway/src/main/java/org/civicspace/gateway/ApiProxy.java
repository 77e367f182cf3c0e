package org.civicspace.gateway;

import java.net.URI;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Routes {@code /api/v1/<area>/...} to the service of that area at the same path: authenticates the caller when the
 * route needs it, applies coarse role rules, rate limits and the body limit, then streams the request and the
 * response through pooled connections, keeping every end-to-end header (ETag, If-Match, Authorization...). The
 * services validate the forwarded token again.
 */
@ApplicationScoped
public class ApiProxy {

    static final String PREFIX = "/api/v1/";
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length");
    private static final Pattern TRACEPARENT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final HexFormat HEX = HexFormat.of();

    private final GatewayConfig config;
    private final MeterRegistry metrics;
    private final Map<String, Downstream> downstreams = new LinkedHashMap<>();
    private final RateLimiter perClient;
    private final RateLimiter perIp;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private final Forwarding forwarding;

    public ApiProxy(GatewayConfig config, Vertx vertx, MeterRegistry metrics) {
        this.config = config;
        this.metrics = metrics;
        config.routes().forEach((area, route) -> downstreams.put(area, new Downstream(area, route, vertx, config)));
        this.perClient = new RateLimiter(config.rateLimits().perClientPerSecond(), config.rateLimits().perClientBurst(),
                config.rateLimits().maxKeys());
        this.perIp = new RateLimiter(config.rateLimits().perIpPerSecond(), config.rateLimits().perIpBurst(),
                config.rateLimits().maxKeys());
        this.forwarding = new Forwarding(config.trustedProxies(), config.publicHosts());
    }

    void register(@Observes Router router) {
        router.route(PREFIX + "*").order(100).handler(this::handle);
        // a token that fails verification can also surface as a route failure, and so does an HTTP/1.1 request
        // without a Host Vert.x can read (empty, malformed, given twice): answer them as problems too, not 500
        router.route().order(-1000).failureHandler(context -> {
            if (context.response().headWritten()) {
                context.next();
            } else if (context.failure() instanceof AuthenticationFailedException) {
                unauthenticated(context, "The bearer token is not valid here (signature, issuer, audience or expiry).");
            } else if (namesNoHost(context.request())) {
                Problems.send(context.response(), 400, "bad-request", "Bad request",
                        "The request names no valid Host.", context.request().path());
            } else {
                context.next();
            }
        });
    }

    void close(@Observes ShutdownEvent event) {
        downstreams.values().forEach(downstream -> downstream.client.close());
    }

    Map<String, Downstream> downstreams() {
        return downstreams;
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String path = request.path();
        String area = areaOf(path);
        boolean local = CurrentCaller.PATH.equals(path);
        Downstream downstream = area == null || local ? null : downstreams.get(area);
        if (!local && (downstream == null || path.contains("/../") || path.endsWith("/.."))) {
            Problems.send(context.response(), 404, "not-found", "Not found", "There is nothing at this address.",
                    path);
            return;
        }
        request.pause();
        String requestId = requestIdOf(request);
        context.response().putHeader("X-Request-Id", requestId);
        long started = System.nanoTime();
        context.addEndHandler(done -> record(local ? "gateway" : downstream.area, request, context.response().getStatusCode(), started,
                requestId));

        Forwarding.Client client = forwarding.clientOf(request);
        context.put(Forwarding.Client.class.getName(), client);
        RateLimiter.Decision byIp = perIp.take("ip:" + client.address());
        if (!byIp.allowed()) {
            tooMany(context, byIp);
            return;
        }
        io.vertx.core.Context eventLoop = Vertx.currentContext();
        identityOf(context).subscribe().with(
                identity -> eventLoop.runOnContext(v -> authorizeAndForward(context, downstream, identity, byIp,
                        requestId)),
                failure -> eventLoop.runOnContext(v -> {
                    if (failure instanceof AuthenticationFailedException) {
                        unauthenticated(context, "The bearer token is not valid here (signature, issuer, audience "
                                + "or expiry).");
                    } else {
                        Log.warnf("authentication of %s failed: %s", requestId, failure.toString());
                        unauthenticated(context, "The bearer token could not be verified.");
                    }
                }));
    }

    private void authorizeAndForward(RoutingContext context, Downstream downstream, SecurityIdentity identity,
            RateLimiter.Decision byIp, String requestId) {
        HttpServerRequest request = context.request();
        String path = request.path();
        boolean anonymousAllowed = downstream != null && downstream.allowsAnonymous(request.method(), path);
        if (identity.isAnonymous()) {
            if (!anonymousAllowed) {
                unauthenticated(context, "A valid bearer token is required.");
                return;
            }
        } else if (downstream != null && !anonymousAllowed
                && !downstream.allowsRoles(identity, request.method(), path)) {
            Problems.send(context.response(), 403, "forbidden", "Forbidden",
                    "Your role does not allow this part of the API.", path);
            return;
        }
        RateLimiter.Decision decision = byIp;
        if (!identity.isAnonymous()) {
            RateLimiter.Decision byClient = perClient.take("caller:" + callerOf(identity));
            if (!byClient.allowed()) {
                tooMany(context, byClient);
                return;
            }
            decision = byClient.remaining() < byIp.remaining() ? byClient : byIp;
        }
        rateLimitHeaders(context.response(), decision);
        if (downstream == null) {
            answerLocally(context, identity);
            return;
        }
        String contentLength = request.getHeader("Content-Length");
        if (contentLength != null && parseLong(contentLength) > config.maxBodyBytes()) {
            Problems.send(context.response(), 413, "payload-too-large", "Payload too large",
                    "The request body is larger than " + config.maxBodyBytes() + " bytes.", path);
            return;
        }
        if (!downstream.breaker.allows()) {
            unavailable(context, downstream, downstream.breaker.retryAfterSeconds());
            return;
        }
        forward(context, downstream, requestId, isIdempotentRead(request.method()) ? 1 : 0);
    }

    /** The gateway's own operation, {@link CurrentCaller}: after the same authentication and limits as the rest. */
    private static void answerLocally(RoutingContext context, SecurityIdentity identity) {
        HttpServerRequest request = context.request();
        if (request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD) {
            context.response().putHeader("Allow", "GET, HEAD");
            Problems.send(context.response(), 405, "method-not-allowed", "Method not allowed",
                    "Only GET reads who you are.", request.path());
            return;
        }
        context.response().putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "private, no-store")
                .end(CurrentCaller.of(identity).encode());
    }

    private void forward(RoutingContext context, Downstream downstream, String requestId, int retriesLeft) {
        HttpServerRequest request = context.request();
        RequestOptions options = new RequestOptions()
                .setMethod(request.method())
                .setAbsoluteURI(downstream.url + request.uri())
                .setIdleTimeout(config.timeout().toMillis());
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        copyRequestHeaders(request, headers, requestId);
        Forwarding.write(context.get(Forwarding.Client.class.getName()), headers);
        options.setHeaders(headers);
        boolean[] bodyStarted = { false };
        downstream.client.request(options)
                .compose(outgoing -> {
                    // failures arrive as the response's failure below; this keeps them out of the error log
                    outgoing.exceptionHandler(failure -> Log.debugf("call %s to the %s service: %s", requestId,
                            downstream.area, failure.toString()));
                    return send(outgoing, request, bodyStarted);
                })
                .onSuccess(response -> {
                    downstream.breaker.succeeded();
                    relay(context, response);
                })
                .onFailure(failure -> {
                    if (bodyStarted[0] && !request.isEnded()) {
                        // the client stopped sending the body it declared (or went away): its fault, not the
                        // service's, so no 5xx and no strike against the service's circuit
                        bodyNeverArrived(context, requestId);
                        return;
                    }
                    boolean timeout = failure instanceof TimeoutException
                            || failure.getClass().getSimpleName().contains("Timeout");
                    if (!timeout && retriesLeft > 0 && !context.response().headWritten()) {
                        Log.debugf("retrying idempotent read %s after %s", requestId, failure.toString());
                        forward(context, downstream, requestId, retriesLeft - 1);
                        return;
                    }
                    downstream.breaker.failed();
                    if (timeout) {
                        Problems.send(context.response(), 504, "gateway-timeout", "Gateway timeout",
                                "The " + downstream.area + " service did not answer in time.", request.path(),
                                Map.of("requestId", requestId));
                    } else {
                        Log.warnf("%s service unreachable for %s: %s", downstream.area, requestId, failure.toString());
                        unavailable(context, downstream, 5);
                    }
                });
    }

    private static boolean namesNoHost(HttpServerRequest request) {
        try {
            return request.version() != HttpVersion.HTTP_2 && request.authority() == null;
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** Whether the request's body is streamed to the service (the other methods are sent without one). */
    private static boolean streamsBody(HttpMethod method) {
        return method != HttpMethod.GET && method != HttpMethod.HEAD && method != HttpMethod.OPTIONS
                && method != HttpMethod.DELETE;
    }

    /** Sends the request on, streaming its body; {@code bodyStarted} is set once the body starts to flow. */
    private Future<HttpClientResponse> send(HttpClientRequest outgoing, HttpServerRequest request,
            boolean[] bodyStarted) {
        if (!streamsBody(request.method())) {
            request.resume();
            return outgoing.send();
        }
        bodyStarted[0] = true;
        // a client that goes away mid-body ends the service's wait for the rest at once
        request.exceptionHandler(failure -> outgoing.reset());
        // stream the body, counting it: a chunked body over the limit is cut off
        long[] received = { 0 };
        long limit = config.maxBodyBytes();
        String length = request.getHeader("Content-Length");
        if (length == null) {
            outgoing.setChunked(true);
        } else {
            outgoing.putHeader("Content-Length", length);
        }
        request.handler(chunk -> {
            received[0] += chunk.length();
            if (received[0] > limit) {
                outgoing.reset();
                Problems.send(request.response(), 413, "payload-too-large", "Payload too large",
                        "The request body is larger than " + limit + " bytes.", request.path());
                return;
            }
            outgoing.write(chunk);
            if (outgoing.writeQueueFull()) {
                request.pause();
                outgoing.drainHandler(v -> request.resume());
            }
        });
        request.endHandler(v -> {
            if (received[0] <= limit) {
                outgoing.end();
            }
        });
        request.resume();
        return outgoing.response();
    }

    /** JSON, XML and text that the service did not encode itself; never an event stream, which must flow. */
    static boolean isCompressible(HttpClientResponse response) {
        String type = response.getHeader("Content-Type");
        if (response.getHeader("Content-Encoding") != null || type == null) {
            return false;
        }
        String media = type.toLowerCase(Locale.ROOT);
        return !media.startsWith("text/event-stream")
                && (media.contains("json") || media.contains("xml") || media.startsWith("text/"));
    }

    private static void relay(RoutingContext context, HttpClientResponse response) {
        HttpServerResponse out = context.response();
        if (out.ended() || out.closed()) {
            return;
        }
        out.setStatusCode(response.statusCode());
        response.headers().forEach((name, value) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                out.headers().add(name, value);
            }
        });
        if (isCompressible(response)) {
            // Quarkus marks every response "identity" when compression is on; lifting it lets Vert.x gzip the body
            // for clients that accept it (mobile clients on poor networks)
            out.headers().remove("Content-Encoding");
        }
        String length = response.getHeader("Content-Length");
        if (length != null) {
            out.putHeader("Content-Length", length);
        } else {
            out.setChunked(true);
        }
        // a client that goes away mid-response (a closing benchmark, a mobile client losing its network) stops the
        // downstream stream too, instead of leaving the pipe writing to a response that is already over
        out.closeHandler(closed -> response.request().reset());
        response.pipeTo(out).onFailure(failure -> Log.debugf("response to the client ended early: %s", failure));
    }

    private static void copyRequestHeaders(HttpServerRequest request, MultiMap headers, String requestId) {
        request.headers().forEach((name, value) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                headers.add(name, value);
            }
        });
        headers.set("X-Request-Id", requestId);
        if (Span.current().getSpanContext().isValid()) {
            // OpenTelemetry traces this request: the client span of the call below writes its own trace context
            headers.remove("traceparent");
            headers.remove("tracestate");
        } else {
            // tracing is off: the caller's trace still reaches the service, with the gateway's hop as its parent
            headers.set("traceparent", childTraceparent(request.getHeader("traceparent")));
        }
    }

    /** W3C trace context: keep the caller's trace id, with the gateway's hop as the new parent. */
    static String childTraceparent(String incoming) {
        String traceId = null;
        String flags = "01";
        if (incoming != null && TRACEPARENT.matcher(incoming).matches()
                && !incoming.startsWith("00-00000000000000000000000000000000")) {
            traceId = incoming.substring(3, 35);
            flags = incoming.substring(53, 55);
        }
        if (traceId == null) {
            traceId = randomHex(16);
        }
        return "00-" + traceId + "-" + randomHex(8) + "-" + flags;
    }

    /**
     * Trace, span and request ids need to be unique, not secret (W3C trace context asks for randomness, not for a
     * cryptographic generator): a thread-local generator keeps them off the lock of a shared SecureRandom.
     */
    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HEX.formatHex(random);
    }

    private static String requestIdOf(HttpServerRequest request) {
        String given = request.getHeader("X-Request-Id");
        if (given != null && REQUEST_ID.matcher(given).matches()) {
            return given;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // a version 4 (random) UUID, drawn without SecureRandom's lock
        return new UUID(random.nextLong() & ~0xF000L | 0x4000L, random.nextLong() & ~(0xCL << 60) | (0x8L << 60))
                .toString();
    }

    static Uni<SecurityIdentity> identityOf(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user) {
            return Uni.createFrom().item(user.getSecurityIdentity());
        }
        Uni<SecurityIdentity> deferred = context.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        return deferred == null ? Uni.createFrom().failure(new IllegalStateException("no security")) : deferred;
    }

    /**
     * The key of the limits that are per caller (the event streams; the rate limits build the same keys): the token's
     * subject, or the address the gateway vouches for when there is no token.
     */
    static String callerKeyOf(SecurityIdentity identity, Forwarding.Client client) {
        return identity.isAnonymous() ? "ip:" + client.address() : "caller:" + callerOf(identity);
    }

    /** The token's subject: a person, or the service account of a client's own credentials. */
    private static String callerOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    static String areaOf(String path) {
        if (!path.startsWith(PREFIX)) {
            return null;
        }
        int end = path.indexOf('/', PREFIX.length());
        return end < 0 ? path.substring(PREFIX.length()) : path.substring(PREFIX.length(), end);
    }

    private static boolean isIdempotentRead(HttpMethod method) {
        return method == HttpMethod.GET || method == HttpMethod.HEAD;
    }

    private void tooMany(RoutingContext context, RateLimiter.Decision decision) {
        rateLimitHeaders(context.response(), decision);
        context.response().putHeader("Retry-After", Long.toString(decision.resetSeconds()));
        Problems.send(context.response(), 429, "too-many-requests", "Too many requests",
                "Too many requests; wait as Retry-After says.", context.request().path());
    }

    private static void rateLimitHeaders(HttpServerResponse response, RateLimiter.Decision decision) {
        response.putHeader("RateLimit-Limit", Integer.toString(decision.limit()))
                .putHeader("RateLimit-Remaining", Integer.toString(decision.remaining()))
                .putHeader("RateLimit-Reset", Long.toString(decision.resetSeconds()));
    }

    static void unauthenticated(RoutingContext context, String detail) {
        context.response().putHeader("WWW-Authenticate", "Bearer realm=\"civicspace\"");
        Problems.send(context.response(), 401, "unauthenticated", "Unauthorized", detail, context.request().path());
    }

    /** 408 for a body shorter than its Content-Length, on a connection that is then closed. */
    private static void bodyNeverArrived(RoutingContext context, String requestId) {
        Log.debugf("request body of %s never completed", requestId);
        if (context.response().closed() || context.response().ended()) {
            return;
        }
        // the rest of the body may still come: closing keeps it from being read as the next request
        context.response().putHeader("Connection", "close");
        Problems.send(context.response(), 408, "request-timeout", "Request timeout",
                "The request body did not arrive in full; send it again.", context.request().path(),
                Map.of("requestId", requestId));
        context.request().connection().close();
    }

    private static void unavailable(RoutingContext context, Downstream downstream, long retryAfter) {
        context.response().putHeader("Retry-After", Long.toString(retryAfter));
        Problems.send(context.response(), 503, "service-unavailable", "Service unavailable",
                "The " + downstream.area + " service is unavailable; try again later.", context.request().path());
    }

    private void record(String area, HttpServerRequest request, int status, long started, String requestId) {
        long nanos = System.nanoTime() - started;
        String method = request.method().name();
        // one timer per route, method and status, looked up once instead of built and registered per request
        timers.computeIfAbsent(area + ' ' + method + ' ' + status, key -> Timer.builder("civicspace.gateway.requests")
                .tag("route", area).tag("method", method).tag("status", Integer.toString(status))
                .publishPercentileHistogram()
                .register(metrics)).record(nanos, TimeUnit.NANOSECONDS);
        if (Log.isDebugEnabled()) {
            Log.debugf("%s %s %s -> %d in %.1f ms [%s]", area, method, request.path(), status, nanos / 1e6,
                    requestId);
        }
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** A service behind the gateway, with its pooled client and its circuit. */
    static final class Downstream {
        final String area;
        final String url;
        final HttpClient client;
        final CircuitBreaker breaker;
        private final GatewayConfig.Route route;
        private final List<RequestPattern> anonymousRequests;
        private final Map<RequestPattern, String> roleRequests;

        Downstream(String area, GatewayConfig.Route route, Vertx vertx, GatewayConfig config) {
            this.area = area;
            this.route = route;
            this.url = route.url().replaceAll("/+$", "");
            URI uri = URI.create(url);
            this.client = vertx.createHttpClient(new HttpClientOptions()
                    .setDefaultHost(uri.getHost()).setDefaultPort(uri.getPort())
                    .setMaxPoolSize(config.poolSize())
                    .setKeepAlive(true)
                    .setConnectTimeout(2000)
                    .setDecompressionSupported(false));
            this.breaker = new CircuitBreaker(config.breakerFailures(), config.breakerOpen());
            this.anonymousRequests = route.anonymousPaths().orElse(List.of()).stream().map(RequestPattern::parse)
                    .toList();
            this.roleRequests = new LinkedHashMap<>();
            for (String grant : route.rolePaths().orElse(List.of())) {
                String[] parts = grant.trim().split("\\s+", 2);
                if (parts.length != 2) {
                    throw new IllegalArgumentException("civicspace.gateway.routes." + area
                            + ".role-paths: not 'role METHOD /path': " + grant);
                }
                roleRequests.put(RequestPattern.parse(parts[1]), parts[0]);
            }
        }

        boolean allowsAnonymous(HttpMethod method, String path) {
            if (route.publicRead() && (method == HttpMethod.GET || method == HttpMethod.HEAD)) {
                return true;
            }
            return anonymousRequests.stream().anyMatch(p -> p.matches(method, path));
        }

        boolean allowsRoles(SecurityIdentity identity, HttpMethod method, String path) {
            if (route.roles().map(roles -> roles.stream().anyMatch(identity::hasRole)).orElse(true)) {
                return true;
            }
            return roleRequests.entrySet().stream()
                    .anyMatch(grant -> identity.hasRole(grant.getValue()) && grant.getKey().matches(method, path));
        }

        String url() {
            return url;
        }
    }
}
