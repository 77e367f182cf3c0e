package org.civicspace.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points the service's OIDC at a real Keycloak started for this test JVM with the Civic Space realm, so that tests
 * use real tokens (see {@link Tokens}).
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String realm = RealServers.keycloakRealmUrl();
        return Map.of(
                "quarkus.oidc.auth-server-url", realm,
                "quarkus.oidc-client.auth-server-url", realm);
    }

    @Override
    public void stop() {
        // Keycloak lives as long as the test JVM
    }
}
