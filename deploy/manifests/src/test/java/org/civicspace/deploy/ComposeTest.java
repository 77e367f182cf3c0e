package org.civicspace.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.civicspace.servers.KafkaAccess;
import org.junit.jupiter.api.Test;

/**
 * deploy/compose mirrors the local stack: the same services, images, ports and databases, and a broker on which every
 * service logs in as its own Kafka user with the rights of {@link KafkaAccess}.
 */
class ComposeTest {

    private static final Pattern PASSWORD_VARIABLE = Pattern.compile("\\$\\{(CIVICSPACE_KAFKA_\\w+_PASSWORD):\\?.+}");
    /** {@code allow PRINCIPAL --topic|--group NAME literal|prefixed OPERATION...} in kafka-setup.sh. */
    private static final Pattern ALLOW =
            Pattern.compile("(?m)^allow (\\S+) --(topic|group) (\\S+) (literal|prefixed) (.+)$");

    private final Map<String, Object> compose =
            Manifests.yamlFile(Manifests.ROOT.resolve("deploy/compose/compose.yaml"));
    private final String kafkaSetup = Manifests.read(Manifests.ROOT.resolve("deploy/compose/kafka-setup.sh"));

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

    @Test
    void theBrokerAuthenticatesEveryClientAndAllowsOnlyWhatAnAclAllows() {
        Object kafka = Manifests.at(compose, "services", "kafka");
        Map<?, ?> env = (Map<?, ?>) Manifests.at(kafka, "environment");

        assertThat(Arrays.stream(env.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP").toString().split(","))
                .map(listener -> listener.split(":")[1])).as("listeners' protocols").containsOnly("SASL_PLAINTEXT");
        assertThat(env.get("KAFKA_SASL_ENABLED_MECHANISMS")).isEqualTo("SCRAM-SHA-512");
        assertThat(env.get("KAFKA_AUTHORIZER_CLASS_NAME"))
                .isEqualTo("org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        assertThat(env.get("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND")).isEqualTo("false");
        assertThat(env.get("KAFKA_SUPER_USERS")).isEqualTo("User:" + KafkaAccess.ADMIN);
        assertThat(Manifests.listAt(kafka, "healthcheck", "test").toString()).as("the healthcheck logs in")
                .contains("--command-config");
    }

    @Test
    void everyServiceLogsInToKafkaWithAPasswordOfItsOwnOnceTheSetupHasRun() {
        Map<?, ?> setupEnvironment = (Map<?, ?>) Manifests.at(compose, "services", "kafka-setup", "environment");
        Set<String> variables = new HashSet<>();
        for (String module : Stack.modules()) {
            Object service = Manifests.at(compose, "services", module);
            Matcher password = PASSWORD_VARIABLE.matcher(String.valueOf(
                    Manifests.at(service, "environment", "CIVICSPACE_KAFKA_PASSWORD")));

            assertThat(password.matches()).as("%s CIVICSPACE_KAFKA_PASSWORD from .env", module).isTrue();
            assertThat(variables.add(password.group(1))).as("%s shares %s", module, password.group(1)).isTrue();
            assertThat(setupEnvironment.containsKey(password.group(1))).as("kafka-setup reads %s", password.group(1))
                    .isTrue();
            assertThat(kafkaSetup).as("kafka-setup.sh makes the user %s", module)
                    .contains("\nuser " + module + " \"$" + password.group(1) + "\"\n");
            assertThat(Manifests.at(dependsOn(service), "kafka-setup", "condition")).as("%s waits for kafka-setup",
                    module).isEqualTo("service_completed_successfully");
        }
    }

    /** A service's depends_on: its own, or that of the template x-service it merges in ({@code <<: *service}). */
    private Object dependsOn(Object service) {
        Object own = Manifests.at(service, "depends_on");
        if (own != null) {
            return own;
        }
        // the YAML parser keeps a merge key as the alias's name
        assertThat(Manifests.at(service, "<<")).as("merges x-service").isEqualTo("service");
        return Manifests.at(compose, "x-service", "depends_on");
    }

    @Test
    void theSetupGrantsEveryPrincipalExactlyItsAclsOfKafkaAccess() {
        Map<String, Set<AclBinding>> granted = new HashMap<>();
        Matcher allow = ALLOW.matcher(kafkaSetup);
        while (allow.find()) {
            ResourcePattern resource = new ResourcePattern(ResourceType.fromString(allow.group(2)), allow.group(3),
                    PatternType.valueOf(allow.group(4).toUpperCase(Locale.ROOT)));
            for (String operation : allow.group(5).trim().split(" +")) {
                granted.computeIfAbsent(allow.group(1), p -> new HashSet<>()).add(new AclBinding(resource,
                        new AccessControlEntry("User:" + allow.group(1), "*", AclOperation.fromString(operation),
                                AclPermissionType.ALLOW)));
            }
        }

        assertThat(granted).as("principals kafka-setup.sh grants").containsOnlyKeys(KafkaAccess.civicSpace().stream()
                .map(KafkaAccess.Principal::name).toList());
        KafkaAccess.civicSpace().forEach(principal -> assertThat(granted.get(principal.name()))
                .as("ACLs kafka-setup.sh grants %s", principal.name()).containsExactlyInAnyOrderElementsOf(
                        Set.copyOf(principal.acls())));
    }

    @Test
    void theSetupCreatesEveryTopicTheKubernetesManifestsDeclare() {
        Set<String> created = Pattern.compile("(?m)^topic (\\S+) ").matcher(kafkaSetup).results()
                .map(m -> m.group(1)).collect(Collectors.toCollection(TreeSet::new));

        assertThat(created).isEqualTo(KafkaTopicsTest.topicNames(Manifests.baseFiles()));
    }
}
