package org.civicspace.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** deploy/compose mirrors the local stack: the same services, images, ports and databases. */
class ComposeTest {

    private final Map<String, Object> compose =
            Manifests.yamlFile(Manifests.ROOT.resolve("deploy/compose/compose.yaml"));

    @Test
    void runsEveryServiceOfTheStackFromItsImageOnItsPort() {
        for (String name : Stack.names()) {
            String module = Stack.module(name);
            Object service = Manifests.at(compose, "services", module);

            assertThat(service).as("compose service %s", module).isNotNull();
            assertThat(Manifests.at(service, "image")).isEqualTo("civicspace/" + module + ":0.1.0-SNAPSHOT");
            assertThat(Manifests.listAt(service, "ports")).as("%s ports", module)
                    .containsExactly("127.0.0.1:" + Stack.port(name) + ":" + Stack.port(name));
        }
    }

    @Test
    void createsTheDatabaseOfEveryDataOwningServiceAndPointsTheServiceAtIt() {
        String init = Manifests.read(Manifests.ROOT.resolve("deploy/compose/init-databases.sh"));
        for (Map.Entry<String, String> owner : Stack.databases().entrySet()) {
            assertThat(init).contains(" " + owner.getValue() + " ");
            assertThat(Manifests.at(compose, "services", owner.getKey(), "environment", "QUARKUS_DATASOURCE_JDBC_URL"))
                    .isEqualTo("jdbc:postgresql://postgres:5432/" + owner.getValue());
        }
    }

    @Test
    void takesEverySecretFromTheEnvironmentExceptTheLocalRealmsPublicClientSecrets() {
        Map<?, ?> services = (Map<?, ?>) Manifests.at(compose, "services");
        services.forEach((name, service) -> {
            Object environment = Manifests.at(service, "environment");
            if (environment instanceof Map<?, ?> env) {
                env.forEach((key, value) -> {
                    if (key.toString().matches("(?i).*(password|key).*") && !key.toString().endsWith("KEY_ID")) {
                        assertThat(value.toString()).as("%s %s", name, key).startsWith("${").contains(":?");
                    }
                    if (key.toString().equals("CIVICSPACE_CLIENT_SECRET")) {
                        assertThat(value).as("%s client secret", name).isEqualTo(name + "-local-secret");
                    }
                });
            }
        });
        assertThat(Manifests.listAt(compose, "services", "keycloak", "command")).isEqualTo(List.of("start-dev",
                "--import-realm"));
    }
}
