package org.civicspace.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the gateway routes, protects and limits the API. */
@ConfigMapping(prefix = "civicspace.gateway")
public interface GatewayConfig {

    /** One route per area: {@code /api/v1/<area>/...} goes to that service at the same path. */
    Map<String, Route> routes();

    /** How long a downstream may take to start answering before the gateway answers 504. */
    @WithDefault("10s")
    Duration timeout();

    /** The largest request body accepted; larger ones get 413. */
    @WithDefault("1048576")
    long maxBodyBytes();

    /** Connections kept per downstream service. */
    @WithDefault("64")
    int poolSize();

    /** Consecutive failures that open a route's circuit. */
    @WithDefault("5")
    int breakerFailures();

    /** How long an open circuit answers 503 before trying the service again. */
    @WithDefault("10s")
    Duration breakerOpen();

    RateLimits rateLimits();

    /**
     * Proxies in front of the gateway (an ingress) whose {@code X-Forwarded-*} headers it believes, as addresses or
     * networks ({@code 10.0.0.0/8}); without them, the gateway's peer is the client.
     */
    Optional<List<String>> trustedProxies();

    /**
     * The names clients call the gateway by, without port (behind a trusted proxy, the proxy's
     * {@code X-Forwarded-Host} is taken instead). A direct request naming another {@code Host} is forwarded as if it
     * named the first, on the port it came in on, so a {@code Location} never points at a host the client made up.
     */
    @WithDefault("127.0.0.1,localhost,[::1]")
    List<String> publicHosts();

    /** Bearer tokens already verified (see {@link VerifiedTokens}). */
    TokenCache tokenCache();

    /** The Server-Sent Events stream of public domain events. */
    Feed feed();

    /** A service behind the gateway. */
    interface Route {

        /** The service's base address, e.g. {@code http://127.0.0.1:8081}. */
        String url();

        /** Whether GET and HEAD are open to anonymous callers (public reads and feeds). */
        @WithDefault("false")
        boolean publicRead();

        /** Requests open to anonymous callers, as {@code METHOD /path}; a segment {@code {name}} matches any one. */
        Optional<List<String>> anonymousPaths();

        /** When set, an authenticated caller needs one of these roles. */
        Optional<List<String>> roles();

        /**
         * Single requests open to one more role than {@link #roles()}, as {@code role METHOD /path}, for example
         * {@code dashboard-reader GET /api/v1/reprisals/statistics}.
         */
        Optional<List<String>> rolePaths();
    }

    /** Token buckets: a steady rate and a burst. */
    interface RateLimits {

        /**
         * Per caller: the token's subject, which is a person for a user's token and the client's service account
         * for client credentials (so the users of one public client do not share a bucket).
         */
        @WithDefault("100")
        int perClientPerSecond();

        @WithDefault("200")
        int perClientBurst();

        /** Per client address, with or without a token. */
        @WithDefault("200")
        int perIpPerSecond();

        @WithDefault("400")
        int perIpBurst();

        /** The most buckets each limit keeps in memory; past that the least recently used are forgotten. */
        @WithDefault("100000")
        long maxKeys();
    }

    /** How long and how many verified tokens are remembered; never past a token's own expiry. */
    interface TokenCache {

        /** At most this long, so that a signing key withdrawn from Keycloak stops being honoured within it. */
        @WithDefault("60s")
        Duration maxAge();

        @WithDefault("10000")
        long maxSize();
    }

    /** Which events dashboards may follow, how many are kept for reconnecting clients, and how many streams. */
    interface Feed {

        /** The topics whose events are public; never a reprisals topic. */
        @WithDefault("registry.organizations,accreditation.accreditations,events.events")
        Set<String> topics();

        /** Events kept in memory for clients that reconnect with Last-Event-ID. */
        @WithDefault("10000")
        int buffer();

        /** Open streams at most on this replica, whoever holds them; more get 503 {@code feed-full}. */
        @WithDefault("1000")
        int maxSubscribers();

        /**
         * Open streams at most per caller on this replica (the rate limits' key: the token's subject, or the client's
         * address without a token); more get 429 {@code too-many-streams}. Dashboards behind one shared address
         * without a token count as one caller.
         */
        @WithDefault("3")
        int maxStreamsPerCaller();

        /**
         * Bytes written to one stream that its connection has not taken yet, at most (besides the replay of a client
         * that reconnects with Last-Event-ID, while it drains); a subscriber over it is dropped and may reconnect.
         */
        @WithDefault("65536")
        int maxPendingBytes();
    }
}
