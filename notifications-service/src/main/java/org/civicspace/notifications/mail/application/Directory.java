package org.civicspace.notifications.mail.application;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicspace.notifications.notice.domain.Audience;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * People's e-mail addresses, where they live: the Keycloak realm's users (the same users and {@code org_id} attribute
 * that the tokens carry), read with this service's own client credentials. Only enabled users with an address.
 */
@ApplicationScoped
public class Directory {

    /** The most users of one organisation or role that one lookup reads. */
    private static final int MAX_USERS = 500;

    private final HttpClient http;
    private final ObjectMapper json;
    private final MailSettings.Directory settings;
    private final String realmUrl;
    private final String adminUrl;
    private String token;
    private Instant tokenExpires = Instant.MIN;

    public Directory(ObjectMapper json, MailSettings settings,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") String realmUrl) {
        this.json = json;
        this.settings = settings.directory();
        this.realmUrl = realmUrl.replaceAll("/+$", "");
        this.adminUrl = this.realmUrl.replaceFirst("/realms/([^/]+)$", "/admin/realms/$1");
        this.http = HttpClient.newBuilder().connectTimeout(this.settings.timeout()).build();
    }

    /**
     * Everyone in {@code audience}, each once by address, with their username (the subject their preferences are
     * kept under), in a stable order.
     *
     * @throws DirectoryUnavailable when Keycloak cannot be read now (the relay tries again later)
     */
    public List<Recipient> recipientsOf(Audience audience) {
        if (audience instanceof Audience.Address address) {
            return List.of(Recipient.addressOnly(address.email()));
        }
        String query;
        if (audience instanceof Audience.Person person) {
            query = "/users?exact=true&username=" + encode(person.subject());
        } else if (audience instanceof Audience.Organization organization) {
            query = "/users?briefRepresentation=true&max=" + MAX_USERS + "&q="
                    + encode("org_id:" + organization.organizationId());
        } else {
            // role holders hear only in-app (reprisal alerts): this service may not list a role's members
            throw new IllegalArgumentException("no addresses are looked up for " + audience.type() + " audiences");
        }
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        for (JsonNode user : get(query)) {
            if (user.path("enabled").asBoolean(false) && user.hasNonNull("email") && user.hasNonNull("username")) {
                String address = user.get("email").asText();
                byAddress.putIfAbsent(address, Recipient.user(user.get("username").asText(), address));
            }
        }
        return new ArrayList<>(byAddress.values());
    }

    private JsonNode get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(adminUrl + path)).timeout(settings.timeout())
                .header("Authorization", "Bearer " + token()).header("Accept", "application/json").GET().build();
        return send(request, "users");
    }

    private synchronized String token() {
        if (token == null || Instant.now().isAfter(tokenExpires)) {
            String form = "grant_type=client_credentials&client_id=" + encode(settings.clientId()) + "&client_secret="
                    + encode(settings.clientSecret());
            HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                    .timeout(settings.timeout()).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
            JsonNode answer = send(request, "token");
            token = answer.path("access_token").asText();
            tokenExpires = Instant.now().plusSeconds(Math.max(answer.path("expires_in").asLong(60) - 30, 5));
        }
        return token;
    }

    private JsonNode send(HttpRequest request, String what) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                if (response.statusCode() == 401) {
                    token = null;
                }
                throw new DirectoryUnavailable("Keycloak answered " + response.statusCode() + " for " + what);
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new DirectoryUnavailable("Keycloak could not be read for " + what + ": " + e.getClass().getName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DirectoryUnavailable("interrupted while reading Keycloak");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Keycloak cannot tell the addresses now; a later attempt may. */
    public static class DirectoryUnavailable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public DirectoryUnavailable(String message) {
            super(message);
        }
    }
}
