package org.civicspace.notifications.preference.api;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.civicspace.testing.RealServers;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * More users of one organisation, added to the test Keycloak's realm as its own file adds the demo users (a partial
 * import, as the realm's administrator): the realm file has one user per organisation, and a test of what one user
 * chose for themselves needs a second who chose nothing. Each has a fresh username, its password equal to it.
 */
final class Colleagues {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Colleagues() {
    }

    /** A new CSO representative of {@code organizationId}, with an address at demo.civicspace.local. */
    static String aRepresentativeOf(UUID organizationId) {
        String username = "colleague-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> user = Map.of("username", username, "enabled", true, "email", address(username),
                "emailVerified", true, "firstName", "Colleague", "lastName", username, "requiredActions", List.of(),
                "credentials", List.of(Map.of("type", "password", "value", username, "temporary", false)),
                "realmRoles", List.of("demo-user", "cso-representative"),
                "attributes", Map.of("org_id", List.of(organizationId.toString())));
        try {
            String body = JSON.writeValueAsString(Map.of("ifResourceExists", "FAIL", "users", List.of(user)));
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(RealServers.keycloakUrl()
                    + "/admin/realms/civicspace/partialImport")).header("Authorization", "Bearer " + adminToken())
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a new user: " + answer.statusCode() + " "
                        + answer.body());
            }
            return username;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String address(String username) {
        return username + "@demo.civicspace.local";
    }

    private static String adminToken() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode("admin", StandardCharsets.UTF_8);
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(RealServers.keycloakUrl()
                + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("no administrator token from the test Keycloak: " + answer.statusCode());
        }
        return JSON.readTree(answer.body()).path("access_token").asText();
    }
}
