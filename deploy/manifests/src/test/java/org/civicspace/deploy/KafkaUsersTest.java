package org.civicspace.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.civicspace.servers.KafkaAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * Kafka on Kubernetes trusts nobody by default: its listener takes SCRAM-SHA-512 over TLS only, authorisation is by
 * ACL, and the KafkaUsers grant exactly the rights of {@link KafkaAccess}, the catalogue the test harness and the
 * local stack grant. Each service logs in as its own user, with the password of that user's Secret alone.
 */
class KafkaUsersTest {

    private static final String CLUSTER_CA = "civicspace-cluster-ca-cert";

    static Stream<String> variants() {
        return Variants.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void theKafkaUsersGrantExactlyTheRightsOfKafkaAccess(String variant) {
        Map<String, Set<AclBinding>> granted = grantedAcls(Variants.load(variant));
        Map<String, Set<AclBinding>> catalogue = KafkaAccess.civicSpace().stream().collect(Collectors.toMap(
                KafkaAccess.Principal::name, p -> Set.copyOf(p.acls())));

        assertThat(granted).as("KafkaUsers").containsOnlyKeys(catalogue.keySet());
        catalogue.forEach((user, acls) -> assertThat(granted.get(user)).as("ACLs of the KafkaUser %s", user)
                .containsExactlyInAnyOrderElementsOf(acls));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyKafkaUserLogsInWithScramAndIsBoundByItsAcls(String variant) {
        List<Manifests.Resource> users = Variants.load(variant).ofKind("KafkaUser");

        assertThat(users).isNotEmpty().allSatisfy(user -> {
            assertThat(Manifests.at(user.raw(), "metadata", "labels", "strimzi.io/cluster")).as("%s cluster", user)
                    .isEqualTo("civicspace");
            assertThat(Manifests.at(user.raw(), "spec", "authentication", "type")).as("%s authentication", user)
                    .isEqualTo("scram-sha-512");
            assertThat(Manifests.at(user.raw(), "spec", "authorization", "type")).as("%s authorization", user)
                    .isEqualTo("simple");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyServiceMayReadWhatItConsumesAndWriteItsDeadLetterTopics(String variant) {
        Map<String, Set<AclBinding>> granted = grantedAcls(Variants.load(variant));

        for (String module : Stack.modules()) {
            Set<AclBinding> acls = Objects.requireNonNull(granted.get(module), "no KafkaUser " + module);
            Set<String> deadLetters = KafkaTopicsTest.deadLetterTopics(module);
            Set<String> reads = new TreeSet<>(KafkaTopicsTest.configuredTopics(module));
            reads.removeAll(deadLetters);
            for (String topic : reads) {
                for (AclOperation operation : List.of(AclOperation.READ, AclOperation.DESCRIBE)) {
                    assertThat(allows(acls, ResourceType.TOPIC, topic, operation))
                            .as("%s may %s the topic %s it consumes", module, operation, topic).isTrue();
                }
            }
            for (String topic : deadLetters) {
                for (AclOperation operation : List.of(AclOperation.WRITE, AclOperation.DESCRIBE)) {
                    assertThat(allows(acls, ResourceType.TOPIC, topic, operation))
                            .as("%s may %s its dead-letter topic %s", module, operation, topic).isTrue();
                }
            }
            for (String group : KafkaTopicsTest.consumerGroups(module)) {
                // a group per instance (gateway-feed-${quarkus.uuid}): any value of the placeholder
                String instance = group.replaceAll("\\$\\{[^}]*}", UUID.randomUUID().toString());
                assertThat(allows(acls, ResourceType.GROUP, instance, AclOperation.READ))
                        .as("%s may join its consumer group %s", module, group).isTrue();
            }
        }
    }

    @Test
    void findsWhatTheServicesConsumeAndDeadLetter() {
        // guards the test above: if the parsing found nothing, it would pass vacuously
        assertThat(KafkaTopicsTest.consumedTopics("events-service")).hasSize(4);
        assertThat(KafkaTopicsTest.deadLetterTopics("registry-service"))
                .containsExactly("accreditation.accreditations.registry-dlq",
                        "reprisals.protection-flags.registry-dlq");
        assertThat(KafkaTopicsTest.configuredTopics("gateway")).contains("events.events");
        assertThat(KafkaTopicsTest.consumerGroups("gateway")).singleElement().asString().startsWith("gateway-feed-");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyTopicIsWrittenByItsProducerAloneAndEveryDeadLetterTopicByItsConsumer(String variant) {
        Manifests manifests = Variants.load(variant);
        Map<String, Set<AclBinding>> granted = grantedAcls(manifests);

        assertThat(manifests.ofKind("KafkaTopic")).isNotEmpty().allSatisfy(topic -> {
            String name = Objects.toString(Manifests.at(topic.raw(), "spec", "topicName"), topic.name());
            Object producer = Manifests.at(topic.raw(), "metadata", "annotations", "civicspace.org/producer");
            Object consumer = Manifests.at(topic.raw(), "metadata", "annotations", "civicspace.org/consumer");
            Set<String> writers = granted.entrySet().stream()
                    .filter(user -> allows(user.getValue(), ResourceType.TOPIC, name, AclOperation.WRITE))
                    .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));

            if (producer != null) {
                assertThat(writers).as("who may write %s", name).containsExactly(producer.toString());
            } else {
                // <topic>.<area>-dlq starts with the area of the topic it holds dead letters of, so that topic's
                // producer may write it too, through its prefix; nobody consumes a dead-letter topic
                Set<String> expected = new TreeSet<>(Set.of(String.valueOf(consumer)));
                KafkaAccess.ownerOf(name).ifPresent(owner -> expected.add(owner.name()));
                assertThat(writers).as("who may write the dead-letter topic %s", name).isEqualTo(expected);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyServiceLogsInAsItsOwnKafkaUserWithThePasswordOfThatUsersSecret(String variant) {
        Manifests manifests = Variants.load(variant);
        Set<String> users = grantedAcls(manifests).keySet();

        for (String module : Stack.modules()) {
            Deployment deployment = deployment(manifests, module);
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);

            assertThat(env(container, "CIVICSPACE_KAFKA_USERNAME").getValue()).as("%s Kafka user", module)
                    .isEqualTo(module).isIn(users);
            var password = env(container, "CIVICSPACE_KAFKA_PASSWORD").getValueFrom().getSecretKeyRef();
            assertThat(password.getName()).as("%s Kafka password's Secret, the User Operator's", module)
                    .isEqualTo(module);
            assertThat(password.getKey()).isEqualTo("password");
            assertThat(secretsReadBy(deployment)).as("Secrets %s reads", module)
                    .doesNotContainAnyElementsOf(users.stream().filter(u -> !u.equals(module)).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void theBrokerTakesScramOverTlsAloneAndAuthorisesByAcl(String variant) {
        Manifests.Resource kafka = Variants.load(variant).named("Kafka", "civicspace");

        assertThat(Manifests.listAt(kafka.raw(), "spec", "kafka", "listeners")).isNotEmpty().allSatisfy(listener -> {
            assertThat(Manifests.at(listener, "tls")).as("listener %s TLS", listener).isEqualTo(true);
            assertThat(Manifests.at(listener, "authentication", "type")).as("listener %s authentication", listener)
                    .isEqualTo("scram-sha-512");
        });
        assertThat(Manifests.at(kafka.raw(), "spec", "kafka", "authorization", "type")).isEqualTo("simple");
        assertThat(Manifests.listAt(kafka.raw(), "spec", "kafka", "authorization", "superUsers"))
                .as("super users besides Strimzi's own").isEmpty();
        assertThat(Manifests.at(kafka.raw(), "spec", "kafka", "config", "allow.everyone.if.no.acl.found"))
                .as("no ACL means no access").isNotIn(true, "true");
        assertThat(Manifests.at(kafka.raw(), "spec", "entityOperator", "userOperator"))
                .as("the User Operator, which makes the KafkaUsers and their Secrets").isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyServiceConnectsOverSaslSslToTheListenerTrustingTheClusterCa(String variant) {
        Manifests manifests = Variants.load(variant);
        Manifests.Resource kafka = manifests.named("Kafka", "civicspace");
        Object port = Manifests.at(Manifests.listAt(kafka.raw(), "spec", "kafka", "listeners").get(0), "port");
        Map<String, String> config = manifests.models(ConfigMap.class).stream()
                .filter(c -> c.getMetadata().getName().equals("civicspace-config")).findFirst().orElseThrow()
                .getData();

        assertThat(config).containsEntry("KAFKA_BOOTSTRAP_SERVERS", "civicspace-kafka-bootstrap:" + port)
                .containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL").containsEntry("KAFKA_SSL_TRUSTSTORE_TYPE", "PEM");
        Path truststore = Path.of(config.get("KAFKA_SSL_TRUSTSTORE_LOCATION"));
        for (String module : Stack.modules()) {
            Deployment deployment = deployment(manifests, module);
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            Volume ca = deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                    .filter(v -> v.getSecret() != null && CLUSTER_CA.equals(v.getSecret().getSecretName()))
                    .findFirst().orElseThrow(() -> new AssertionError(module + " has no volume of " + CLUSTER_CA));

            assertThat(container.getEnvFrom()).as("%s reads civicspace-config", module).anySatisfy(
                    source -> assertThat(source.getConfigMapRef().getName()).isEqualTo("civicspace-config"));
            assertThat(ca.getSecret().getItems()).as("%s cluster CA file", module).singleElement().satisfies(item -> {
                assertThat(item.getKey()).isEqualTo("ca.crt");
                assertThat(item.getPath()).isEqualTo(truststore.getFileName().toString());
            });
            VolumeMount mount = container.getVolumeMounts().stream().filter(m -> m.getName().equals(ca.getName()))
                    .findFirst().orElseThrow(() -> new AssertionError(module + " does not mount " + CLUSTER_CA));
            assertThat(mount.getMountPath()).as("%s cluster CA directory", module)
                    .isEqualTo(truststore.getParent().toString());
            assertThat(mount.getReadOnly()).as("%s mounts the cluster CA read-only", module).isTrue();
        }
    }

    /** Each KafkaUser's ACLs, one binding per operation, as Strimzi hands them to the broker. */
    static Map<String, Set<AclBinding>> grantedAcls(Manifests manifests) {
        Map<String, Set<AclBinding>> users = new TreeMap<>();
        for (Manifests.Resource user : manifests.ofKind("KafkaUser")) {
            Set<AclBinding> acls = new HashSet<>();
            for (Object rule : Manifests.listAt(user.raw(), "spec", "authorization", "acls")) {
                ResourceType type = ResourceType.fromString(
                        Objects.toString(Manifests.at(rule, "resource", "type")).replace("transactionalId",
                                "transactional_id"));
                String name = Objects.toString(Manifests.at(rule, "resource", "name"),
                        type == ResourceType.CLUSTER ? "kafka-cluster" : null);
                PatternType pattern = switch (Objects.toString(Manifests.at(rule, "resource", "patternType"),
                        "literal")) {
                    case "literal" -> PatternType.LITERAL;
                    case "prefix" -> PatternType.PREFIXED;
                    default -> PatternType.UNKNOWN;
                };
                AclPermissionType permission = AclPermissionType.fromString(
                        Objects.toString(Manifests.at(rule, "type"), "allow"));
                String host = Objects.toString(Manifests.at(rule, "host"), "*");
                List<Object> operations = Manifests.at(rule, "operation") != null
                        ? List.of(Manifests.at(rule, "operation")) : Manifests.listAt(rule, "operations");
                for (Object operation : operations) {
                    AclBinding acl = new AclBinding(new ResourcePattern(type, name, pattern),
                            new AccessControlEntry("User:" + user.name(), host, operation(operation.toString()),
                                    permission));
                    assertThat(acl.isUnknown()).as("%s: an ACL Kafka does not know, %s", user, rule).isFalse();
                    acls.add(acl);
                }
            }
            assertThat(users.put(user.name(), acls)).as("a second KafkaUser %s", user.name()).isNull();
        }
        return users;
    }

    /** Whether one of these ACLs allows {@code operation} on the resource of this type and name. */
    static boolean allows(Set<AclBinding> acls, ResourceType type, String name, AclOperation operation) {
        return acls.stream().anyMatch(acl -> acl.entry().permissionType() == AclPermissionType.ALLOW
                && acl.pattern().resourceType() == type
                && (acl.entry().operation() == operation || acl.entry().operation() == AclOperation.ALL)
                && switch (acl.pattern().patternType()) {
                    case LITERAL -> acl.pattern().name().equals(name) || acl.pattern().name().equals("*");
                    case PREFIXED -> name.startsWith(acl.pattern().name());
                    default -> false;
                });
    }

    /** Strimzi's operation names ({@code IdempotentWrite}) as Kafka's ({@code IDEMPOTENT_WRITE}). */
    private static AclOperation operation(String strimzi) {
        return AclOperation.fromString(strimzi.replaceAll("([a-z])([A-Z])", "$1_$2"));
    }

    private static Deployment deployment(Manifests manifests, String name) {
        return manifests.models(Deployment.class).stream().filter(d -> d.getMetadata().getName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no Deployment " + name + " in " + manifests));
    }

    private static EnvVar env(Container container, String name) {
        return Objects.requireNonNullElse(container.getEnv(), List.<EnvVar>of()).stream()
                .filter(e -> e.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(container.getName() + " has no " + name));
    }

    /** Every Secret a Deployment's pods read: in variables, whole, or as a volume. */
    private static Set<String> secretsReadBy(Deployment deployment) {
        Set<String> secrets = new TreeSet<>();
        var pod = deployment.getSpec().getTemplate().getSpec();
        for (Container container : pod.getContainers()) {
            Objects.requireNonNullElse(container.getEnv(), List.<EnvVar>of()).stream()
                    .filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                    .forEach(e -> secrets.add(e.getValueFrom().getSecretKeyRef().getName()));
            Objects.requireNonNullElse(container.getEnvFrom(), List.<EnvFromSource>of()).stream()
                    .filter(e -> e.getSecretRef() != null).forEach(e -> secrets.add(e.getSecretRef().getName()));
        }
        Objects.requireNonNullElse(pod.getVolumes(), List.<Volume>of()).stream().filter(v -> v.getSecret() != null)
                .forEach(v -> secrets.add(v.getSecret().getSecretName()));
        return secrets;
    }
}
