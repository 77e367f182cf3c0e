package org.civicspace.gateway;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.json.JsonObject;

/**
 * {@code GET /api/v1/me}: who the bearer token says the caller is (its Civic Space roles, the organisation a CSO
 * representative acts for, the State a committee member sits for), so that a client learns it from the API instead
 * of decoding the token. It says nothing the token does not already tell its holder.
 */
final class CurrentCaller {

    static final String PATH = ApiProxy.PREFIX + "me";
    /** Keycloak's own roles, on every token, which say nothing about what the caller may do here. */
    private static final Set<String> KEYCLOAK_DEFAULTS = Set.of("offline_access", "uma_authorization");

    private CurrentCaller() {
    }

    static JsonObject of(SecurityIdentity identity) {
        Map<String, Object> caller = new LinkedHashMap<>();
        JsonWebToken token = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt : null;
        caller.put("subject", token != null && token.getSubject() != null ? token.getSubject()
                : identity.getPrincipal().getName());
        String username = token == null ? null : token.getClaim("preferred_username");
        // a token of a client's own credentials carries client_id (Keycloak's service_account scope), and its
        // service account's user name, if the profile scope is on at all, is service-account-<client>
        boolean machine = token != null && token.getClaim("client_id") != null
                || username != null && username.startsWith("service-account-");
        caller.put("kind", machine ? "client" : "person");
        caller.put("username", machine ? null : username);
        caller.put("clientId", token == null ? null : token.getClaim("azp"));
        Set<String> roles = new TreeSet<>();
        identity.getRoles().stream()
                .filter(role -> !KEYCLOAK_DEFAULTS.contains(role) && !role.startsWith("default-roles-"))
                .forEach(roles::add);
        caller.put("roles", roles);
        caller.put("organizationId", claim(token, "org_id"));
        caller.put("memberState", claim(token, "member_state"));
        caller.values().removeIf(value -> value == null);
        return new JsonObject(caller);
    }

    private static String claim(JsonWebToken token, String name) {
        Object value = token == null ? null : token.getClaim(name);
        return value == null ? null : value.toString().replace("\"", "");
    }
}
