package org.civicspace.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * Network policies, read as Kubernetes applies them: a pod is reachable on a port from a peer if any policy that
 * selects the pod has a rule allowing that peer and port. The reprisals service must answer the gateway only (and
 * Prometheus' namespace on its port, for /q/metrics), and its database the reprisals service only.
 */
class NetworkPoliciesTest {

    private static final Map<String, String> REPRISALS_DB_POD = Map.of("cnpg.io/cluster", "reprisals-db",
            "cnpg.io/instanceRole", "primary");
    /** The labels Strimzi gives a broker pod of the node pool {@code broker}. */
    private static final Map<String, String> KAFKA_BROKER_POD = Map.of("strimzi.io/cluster", "civicspace",
            "strimzi.io/kind", "Kafka", "strimzi.io/name", "civicspace-kafka", "strimzi.io/pool-name", "broker");

    static Stream<String> variants() {
        return Variants.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void theNamespaceDeniesAllIngressByDefault(String variant) {
        List<NetworkPolicy> policies = Variants.load(variant).models(NetworkPolicy.class);

        assertThat(policies).anySatisfy(p -> {
            assertThat(p.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
            assertThat(p.getSpec().getPodSelector().getMatchExpressions()).isNullOrEmpty();
            assertThat(p.getSpec().getPolicyTypes()).contains("Ingress");
            assertThat(p.getSpec().getIngress()).isNullOrEmpty();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void theReprisalsServiceIsReachableFromTheGatewayAndPrometheusOnly(String variant) {
        Manifests manifests = Variants.load(variant);
        Map<String, String> reprisals = podLabels(manifests, "reprisals-service");
        Map<String, String> gateway = podLabels(manifests, "gateway");
        List<NetworkPolicyIngressRule> rules = rulesFor(manifests, reprisals);

        assertThat(rules).as("rules letting anything reach the reprisals service").isNotEmpty();
        for (NetworkPolicyIngressRule rule : rules) {
            assertThat(rule.getFrom()).as("a rule for the reprisals service must name its peers").isNotEmpty();
            for (NetworkPolicyPeer peer : rule.getFrom()) {
                assertThat(peer.getIpBlock()).as("no address range may reach the reprisals service").isNull();
                if (peer.getNamespaceSelector() != null) {
                    // Prometheus, to scrape /q/metrics: its namespace only, on the service's port only
                    assertThat(isMonitoringNamespace(peer)).as("only the monitoring namespace, %s", peer).isTrue();
                    assertThat(rule.getPorts()).as("Prometheus' ports").singleElement()
                            .satisfies(p -> assertThat(p.getPort().getIntVal()).isEqualTo(8084));
                    continue;
                }
                assertThat(Manifests.selects(peer.getPodSelector(), gateway)).as("peer selects the gateway").isTrue();
                for (Deployment other : manifests.models(Deployment.class)) {
                    if (!other.getMetadata().getName().equals("gateway")) {
                        assertThat(Manifests.selects(peer.getPodSelector(),
                                other.getSpec().getTemplate().getMetadata().getLabels()))
                                .as("%s may reach the reprisals service", other.getMetadata().getName()).isFalse();
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void theReprisalsDatabaseTakesSqlFromTheReprisalsServiceOnly(String variant) {
        Manifests manifests = Variants.load(variant);
        Map<String, String> reprisals = podLabels(manifests, "reprisals-service");
        List<NetworkPolicyIngressRule> rules = rulesFor(manifests, REPRISALS_DB_POD);

        assertThat(rules).as("rules for the reprisals database").isNotEmpty();
        assertThat(rules).as("the reprisals service may connect").anySatisfy(rule -> {
            assertThat(allowsPort(rule, 5432)).isTrue();
            assertThat(rule.getFrom()).anySatisfy(p -> assertThat(Manifests.selects(p.getPodSelector(), reprisals))
                    .isTrue());
        });
        for (NetworkPolicyIngressRule rule : rules) {
            if (!allowsPort(rule, 5432)) {
                continue;
            }
            assertThat(rule.getFrom()).as("a rule opening PostgreSQL must name its peers").isNotEmpty();
            for (NetworkPolicyPeer peer : rule.getFrom()) {
                assertThat(peer.getIpBlock()).as("no address range may reach the reprisals database").isNull();
                assertThat(peer.getNamespaceSelector()).as("no other namespace may open SQL to it").isNull();
                boolean service = Manifests.selects(peer.getPodSelector(), reprisals);
                boolean ownInstance = Manifests.selects(peer.getPodSelector(), REPRISALS_DB_POD);
                assertThat(service || ownInstance).as("peer %s", peer.getPodSelector()).isTrue();
                for (Deployment other : manifests.models(Deployment.class)) {
                    if (!other.getMetadata().getName().equals("reprisals-service")) {
                        assertThat(Manifests.selects(peer.getPodSelector(),
                                other.getSpec().getTemplate().getMetadata().getLabels()))
                                .as("%s may open SQL to the reprisals database", other.getMetadata().getName())
                                .isFalse();
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyServiceIsReachableFromTheGatewayOnItsPort(String variant) {
        Manifests manifests = Variants.load(variant);
        Map<String, String> gateway = podLabels(manifests, "gateway");
        for (String name : Stack.names()) {
            String module = Stack.module(name);
            if (module.equals("gateway")) {
                continue;
            }
            assertThat(rulesFor(manifests, podLabels(manifests, module))).as("%s from the gateway", module)
                    .anySatisfy(rule -> {
                        assertThat(allowsPort(rule, Stack.port(name))).isTrue();
                        assertThat(rule.getFrom()).anySatisfy(
                                p -> assertThat(Manifests.selects(p.getPodSelector(), gateway)).isTrue());
                    });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void prometheusReachesEveryServiceAndTheGatewayOnItsPort(String variant) {
        Manifests manifests = Variants.load(variant);
        for (String name : Stack.names()) {
            String module = Stack.module(name);
            assertThat(rulesFor(manifests, podLabels(manifests, module))).as("%s from Prometheus", module)
                    .anySatisfy(rule -> {
                        assertThat(allowsPort(rule, Stack.port(name))).isTrue();
                        assertThat(rule.getFrom()).anySatisfy(p -> assertThat(isMonitoringNamespace(p)).isTrue());
                    });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyServiceAndTheGatewayReachKafkasListeners(String variant) {
        Manifests manifests = Variants.load(variant);
        List<Object> listeners = Manifests.listAt(manifests.named("Kafka", "civicspace").raw(), "spec", "kafka",
                "listeners");
        List<NetworkPolicyIngressRule> rules = rulesFor(manifests, KAFKA_BROKER_POD);

        assertThat(listeners).isNotEmpty();
        for (Object listener : listeners) {
            int port = (Integer) Manifests.at(listener, "port");
            for (String module : Stack.modules()) {
                Map<String, String> client = podLabels(manifests, module);
                assertThat(rules).as("%s to Kafka's port %d", module, port).anySatisfy(rule -> {
                    assertThat(allowsPort(rule, port)).isTrue();
                    assertThat(rule.getFrom()).anySatisfy(
                            p -> assertThat(Manifests.selects(p.getPodSelector(), client)).isTrue());
                });
            }
        }
    }

    /** A peer that is the whole namespace Prometheus runs in, and only that namespace. */
    private static boolean isMonitoringNamespace(NetworkPolicyPeer peer) {
        return peer.getNamespaceSelector() != null && peer.getPodSelector() == null
                && Map.of("kubernetes.io/metadata.name", "monitoring")
                        .equals(peer.getNamespaceSelector().getMatchLabels())
                && (peer.getNamespaceSelector().getMatchExpressions() == null
                        || peer.getNamespaceSelector().getMatchExpressions().isEmpty());
    }

    private static Map<String, String> podLabels(Manifests manifests, String deployment) {
        return manifests.models(Deployment.class).stream().filter(d -> d.getMetadata().getName().equals(deployment))
                .findFirst().orElseThrow().getSpec().getTemplate().getMetadata().getLabels();
    }

    /** The ingress rules of every policy that selects a pod with these labels. */
    private static List<NetworkPolicyIngressRule> rulesFor(Manifests manifests, Map<String, String> pod) {
        return manifests.models(NetworkPolicy.class).stream()
                .filter(p -> Manifests.selects(p.getSpec().getPodSelector(), pod))
                .flatMap(p -> Objects.requireNonNullElse(p.getSpec().getIngress(),
                        List.<NetworkPolicyIngressRule>of()).stream())
                .toList();
    }

    private static boolean allowsPort(NetworkPolicyIngressRule rule, int port) {
        List<NetworkPolicyPort> ports = rule.getPorts();
        return ports == null || ports.isEmpty() || ports.stream().anyMatch(p -> p.getPort() == null
                || Objects.equals(p.getPort().getIntVal(), port)
                || p.getEndPort() != null && p.getPort().getIntVal() <= port && port <= p.getEndPort());
    }
}
