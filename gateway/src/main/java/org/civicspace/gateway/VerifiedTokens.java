package org.civicspace.gateway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/**
 * Remembers the identities of bearer tokens that the OIDC extension has verified, for a short while, so that a client
 * sending the same token on every call (partner systems and mobile clients do, for the token's whole lifetime) pays
 * for its verification once instead of on every request. Verification (parsing the token's JSON, decoding it, checking
 * the RSA signature) is the largest cost a token adds to a request on the gateway (ADR 0013).
 *
 * <p>What keeps this safe:
 * <ul>
 * <li>only identities the OIDC provider produced are stored (as an augmentor, after a successful verification); a
 * token that fails verification is never stored, and goes through the whole check on every attempt;</li>
 * <li>an entry is found only by the SHA-256 of the exact token, so any change to a token (a forged claim, another
 * signature) is a miss and a full verification;</li>
 * <li>an entry is never used at or after the token's expiry, and lives at most {@code max-age}, so that a signing
 * key Keycloak withdraws stops being honoured within that time;</li>
 * <li>the number of entries is bounded; the services behind the gateway verify every token again.</li>
 * </ul>
 * As a provider it runs before the OIDC one; on a miss it answers nothing and the OIDC provider verifies the token.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest>, SecurityIdentityAugmentor {

    private static final String HIT = VerifiedTokens.class.getName() + ".hit";
    private static final HexFormat HEX = HexFormat.of();

    private final Clock clock;
    private final Cache<String, SecurityIdentity> identities;
    private final Counter hits;
    private final Counter misses;

    @Inject
    VerifiedTokens(GatewayConfig config, MeterRegistry metrics) {
        this(config.tokenCache().maxAge(), config.tokenCache().maxSize(), Clock.systemUTC(), metrics);
    }

    VerifiedTokens(Duration maxAge, long maxSize, Clock clock, MeterRegistry metrics) {
        this.clock = clock;
        this.identities = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .expireAfter(Expiry.<String, SecurityIdentity>creating((token, identity) -> lifetime(identity, maxAge)))
                .ticker(() -> clock.millis() * 1_000_000L)
                .build();
        this.hits = Counter.builder("civicspace.gateway.token.cache").tag("result", "hit")
                .description("Bearer tokens found verified in the gateway's cache").register(metrics);
        this.misses = Counter.builder("civicspace.gateway.token.cache").tag("result", "miss")
                .description("Bearer tokens the gateway had to verify").register(metrics);
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before every other provider of bearer tokens (the OIDC one takes {@code SYSTEM_FIRST + 1}). */
    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        SecurityIdentity identity = find(request.getToken().getToken());
        if (identity == null) {
            misses.increment();
            return Uni.createFrom().nullItem();
        }
        hits.increment();
        request.setAttribute(HIT, Boolean.TRUE);
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return augment(identity, context, Map.of());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        if (!attributes.containsKey(HIT)) {
            remember(identity);
        }
        return Uni.createFrom().item(identity);
    }

    /** The identity verified for exactly this token, if it has not expired. */
    SecurityIdentity find(String token) {
        SecurityIdentity identity = identities.getIfPresent(keyOf(token));
        // Caffeine evicts at expiry too, but lazily: the rule that a token is never used past its expiry is here
        return identity != null && clock.millis() < expiryOf(identity).toEpochMilli() ? identity : null;
    }

    /** Stores a verified identity under its token, if it is one of a bearer token still valid. */
    void remember(SecurityIdentity identity) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                || token.getRawToken() == null || token.getExpirationTime() <= 0) {
            return;
        }
        if (clock.millis() < expiryOf(identity).toEpochMilli()) {
            identities.put(keyOf(token.getRawToken()), identity);
        }
    }

    long size() {
        identities.cleanUp();
        return identities.estimatedSize();
    }

    private Duration lifetime(SecurityIdentity identity, Duration maxAge) {
        Duration untilExpiry = Duration.between(Instant.ofEpochMilli(clock.millis()), expiryOf(identity));
        return untilExpiry.compareTo(maxAge) < 0 ? untilExpiry : maxAge;
    }

    private static Instant expiryOf(SecurityIdentity identity) {
        return Instant.ofEpochSecond(((JsonWebToken) identity.getPrincipal()).getExpirationTime());
    }

    private static String keyOf(String token) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
