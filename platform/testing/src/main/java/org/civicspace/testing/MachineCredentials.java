package org.civicspace.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The machine credentials of the Civic Space realm, read from the realm file itself
 * (deploy/keycloak/civicspace-realm.json, packaged into this jar): every client that may get a token of its own through
 * client credentials, so that a client added to the realm is covered by every test that asks here.
 */
public final class MachineCredentials {

    private static final String REALM = "civicspace-realm.json";

    private MachineCredentials() {
    }

    /** A client with service accounts on, and the realm roles its service account holds in the realm file. */
    public record MachineCredential(String clientId, Set<String> realmRoles) {

        /** A real access token of this client, by client credentials with its local demo secret. */
        public String token() {
            return Tokens.service(clientId);
        }

        @Override
        public String toString() {
            return clientId;
        }
    }

    /** Every machine credential of the realm, in the order the realm file lists the clients. */
    public static List<MachineCredential> all() {
        JsonNode realm = realm();
        List<MachineCredential> credentials = new ArrayList<>();
        for (JsonNode client : realm.path("clients")) {
            if (client.path("serviceAccountsEnabled").asBoolean(false)) {
                String clientId = client.path("clientId").asText();
                credentials.add(new MachineCredential(clientId, rolesOfServiceAccount(realm, clientId)));
            }
        }
        if (credentials.isEmpty()) {
            throw new IllegalStateException(REALM + " has no client with service accounts: is it the right file?");
        }
        return List.copyOf(credentials);
    }

    private static Set<String> rolesOfServiceAccount(JsonNode realm, String clientId) {
        Set<String> roles = new TreeSet<>();
        for (JsonNode user : realm.path("users")) {
            if (clientId.equals(user.path("serviceAccountClientId").asText(null))) {
                user.path("realmRoles").forEach(role -> roles.add(role.asText()));
            }
        }
        return roles;
    }

    private static JsonNode realm() {
        try (InputStream in = MachineCredentials.class.getResourceAsStream(REALM)) {
            if (in == null) {
                throw new IllegalStateException(REALM + " is not on the test classpath");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
