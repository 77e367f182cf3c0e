package org.civicspace.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from the test Keycloak: demo users through the {@code civicspace-cli} client (password equal
 * to the user name), services through client credentials. Cached per JVM for a minute less than they live.
 */
public final class Tokens {

    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** An access token of the demo user {@code username} ({@code cso-rep}, {@code dgc-officer}, ...). */
    public static String user(String username) {
        return cached("user:" + username, () -> request(Map.of(
                "grant_type", "password", "client_id", "civicspace-cli",
                "username", username, "password", username)));
    }

    /** A new access token of the demo user {@code username}, never a cached one (for tests of expiry). */
    public static String freshUser(String username) {
        return request(Map.of("grant_type", "password", "client_id", "civicspace-cli",
                "username", username, "password", username)).value();
    }

    /** An access token of the service client {@code clientId}, obtained with its local demo secret. */
    public static String service(String clientId) {
        return cached("service:" + clientId, () -> request(Map.of(
                "grant_type", "client_credentials", "client_id", clientId,
                "client_secret", clientId + "-local-secret")));
    }

    /**
     * An access token of the demo user {@code username} whose signature's last characters are replaced: well formed,
     * issued by the realm, but signed by no one (for tests of refusal).
     */
    public static String withBrokenSignature(String username) {
        String token = user(username);
        return token.substring(0, token.length() - 4) + "AAAA";
    }

    /** The value of an Authorization header carrying {@code token}. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String cached(String key, java.util.function.Supplier<Cached> fetch) {
        Cached token = CACHE.get(key);
        if (token == null || token.expiresAtMillis() < System.currentTimeMillis()) {
            token = fetch.get();
            CACHE.put(key, token);
        }
        return token.value();
    }

    private static Cached request(Map<String, String> form) {
        var response = given()
                .baseUri(RealServers.keycloakRealmUrl())
                .formParams(form)
                .post("/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract();
        long lifetimeSeconds = response.<Integer>path("expires_in");
        return new Cached(response.path("access_token"),
                System.currentTimeMillis() + (lifetimeSeconds - 60) * 1000);
    }

    private record Cached(String value, long expiresAtMillis) {
    }
}
