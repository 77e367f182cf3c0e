package org.civicspace.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;

/** The rules of the verified-token cache, on a clock the test moves (the HTTP behaviour is in GatewayTest). */
class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private final MovableClock clock = new MovableClock(NOW);
    private final VerifiedTokens tokens = new VerifiedTokens(Duration.ofSeconds(60), 3, clock,
            new SimpleMeterRegistry());

    @Test
    void findsAVerifiedTokenByItsExactText() {
        SecurityIdentity identity = identity("token-a", NOW.plusSeconds(300));
        tokens.remember(identity);

        assertThat(tokens.find("token-a")).isSameAs(identity);
        assertThat(tokens.find("token-a ")).isNull();
        assertThat(tokens.find("token-b")).isNull();
    }

    @Test
    void neverAnswersForATokenAtOrAfterItsExpiry() {
        tokens.remember(identity("token-a", NOW.plusSeconds(30)));

        clock.advance(Duration.ofSeconds(29));
        assertThat(tokens.find("token-a")).isNotNull();
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.find("token-a")).isNull();
    }

    @Test
    void forgetsAfterItsMaximumAgeEvenIfTheTokenLivesLonger() {
        tokens.remember(identity("token-a", NOW.plusSeconds(3600)));

        clock.advance(Duration.ofSeconds(59));
        assertThat(tokens.find("token-a")).isNotNull();
        clock.advance(Duration.ofSeconds(2));
        assertThat(tokens.find("token-a")).isNull();
    }

    @Test
    void storesNeitherExpiredTokensNorAnonymousCallers() {
        tokens.remember(identity("token-a", NOW.minusSeconds(1)));
        tokens.remember(QuarkusSecurityIdentity.builder().setAnonymous(true).build());

        assertThat(tokens.find("token-a")).isNull();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void keepsNoMoreThanItsMaximumSize() {
        for (int i = 0; i < 10; i++) {
            tokens.remember(identity("token-" + i, NOW.plusSeconds(300)));
        }

        assertThat(tokens.size()).isLessThanOrEqualTo(3);
    }

    private static SecurityIdentity identity(String rawToken, Instant expiry) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("user-1");
        claims.setExpirationTime(NumericDate.fromSeconds(expiry.getEpochSecond()));
        claims.setClaim("raw_token", rawToken);
        return QuarkusSecurityIdentity.builder().setPrincipal(new DefaultJWTCallerPrincipal(claims))
                .addRole("dashboard-reader").build();
    }

    /** A clock that stands still until the test moves it. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
