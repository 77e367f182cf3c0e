package org.civicspace.bench.harness;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Access tokens from the realm's token endpoint, with the password grant of a demo user. */
public final class Tokens {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern EXPIRES_IN = Pattern.compile("\"expires_in\"\\s*:\\s*([0-9]+)");

    /** An access token and when it expires. */
    public record Token(String value, Instant expires) {

        /** The request header that presents it. */
        public String header() {
            return "Authorization: Bearer " + value;
        }

        public Duration remaining() {
            return Duration.between(Instant.now(), expires);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String realmUrl;
    private final String clientId;
    private final String username;
    private final String password;

    public Tokens(String realmUrl, String clientId, String username, String password) {
        this.realmUrl = realmUrl;
        this.clientId = clientId;
        this.username = username;
        this.password = password;
    }

    /** A fresh token: {@code POST <realm>/protocol/openid-connect/token} with {@code grant_type=password}. */
    public Token fresh() {
        String form = Map.of("grant_type", "password", "client_id", clientId, "username", username,
                "password", password).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Instant asked = Instant.now();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(realmUrl + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(response.body());
            Matcher expiresIn = EXPIRES_IN.matcher(response.body());
            if (response.statusCode() != 200 || !token.find() || !expiresIn.find()) {
                throw new IllegalStateException("no token for " + username + " (client " + clientId + "): "
                        + response.statusCode() + " " + response.body());
            }
            return new Token(token.group(1), asked.plusSeconds(Long.parseLong(expiresIn.group(1))));
        } catch (IOException e) {
            throw new IllegalStateException("token request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
