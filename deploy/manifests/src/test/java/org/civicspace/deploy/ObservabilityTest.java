package org.civicspace.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * Alerts exist for what the issue names, every metric an alert or the dashboard reads is one that something we deploy
 * exports, and every workload is scraped.
 */
class ObservabilityTest {

    /**
     * The metrics the alerts and the dashboard may read, by where they come from. A name here is a promise: the
     * services' MetricsTest (one per service module) and platform-messaging's OutboxMetricsTest read the ones the
     * services export from a running service's /q/metrics.
     */
    static final Map<String, Set<String>> EXPORTED = Map.of(
            "every service and the gateway (Quarkus Micrometer, HTTP server with histogram buckets)", Set.of(
                    "http_server_requests_seconds_count", "http_server_requests_seconds_sum",
                    "http_server_requests_seconds_bucket", "http_server_requests_seconds_max"),
            "the gateway's per-route timer (ApiProxy)", Set.of(
                    "civicspace_gateway_requests_seconds_count", "civicspace_gateway_requests_seconds_sum",
                    "civicspace_gateway_requests_seconds_bucket", "civicspace_gateway_requests_seconds_max"),
            "the services' Kafka consumers (Quarkus Micrometer Kafka binder)", Set.of(
                    "kafka_consumer_fetch_manager_records_lag_max"),
            "every service's outbox (platform-messaging OutboxMetrics)", Set.of(
                    "civicspace_outbox_unsent_events", "civicspace_outbox_oldest_unsent_age_seconds",
                    "civicspace_outbox_failing_events", "civicspace_outbox_published_events_total"),
            "the reprisals service (OverdueProtectionMetrics)", Set.of(
                    "civicspace_reprisals_first_responses_overdue",
                    "civicspace_reprisals_critical_follow_ups_overdue"),
            "Strimzi's Kafka exporter and the brokers' JMX exporter (kafka.yaml)", Set.of(
                    "kafka_consumergroup_lag", "kafka_topic_partition_current_offset",
                    "kafka_server_replicamanager_underminisrpartitioncount",
                    "kafka_controller_kafkacontroller_offlinepartitionscount"),
            "Prometheus itself", Set.of("up"));

    private static final Set<String> PROMQL_KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by",
            "without", "on", "ignoring", "group_left", "group_right");
    private static final Pattern IDENTIFIER = Pattern.compile("\\b([a-zA-Z_:][a-zA-Z0-9_:]*)\\b(?!\\s*\\()");

    /** The job regex of the services' alerts, {@code (registry|...)-service}: every service of the stack. */
    private static final String SERVICES = Stack.modules().stream().filter(m -> m.endsWith("-service"))
            .map(m -> m.substring(0, m.length() - "-service".length()))
            .collect(Collectors.joining("|", "(", ")-service"));

    private final Manifests manifests = Manifests.baseFiles();

    @Test
    void alertsCoverErrorRateLatencyConsumerLagOutboxBacklogAndOverdueReprisalFollowUps() {
        String expressions = String.join("\n", alerts().stream().map(a -> a.get("expr").toString()).toList());

        assertThat(expressions).contains("civicspace_gateway_requests_seconds_count{status=~\"5..\"}")
                .contains("http_server_requests_seconds_count{job=~\"" + SERVICES + "\", outcome=\"SERVER_ERROR\"}")
                .contains("histogram_quantile(0.99, sum by (le, job) (rate(http_server_requests_seconds_bucket")
                .contains("kafka_consumer_fetch_manager_records_lag_max")
                .contains("civicspace_outbox_oldest_unsent_age_seconds")
                .contains("civicspace_reprisals_first_responses_overdue")
                .contains("civicspace_reprisals_critical_follow_ups_overdue")
                .doesNotContain("cnpg_");
    }

    @Test
    void everyAlertHasASeverityAndASummary() {
        assertThat(alerts()).isNotEmpty().allSatisfy(alert -> {
            assertThat(Manifests.at(alert, "labels", "severity")).as("%s severity", alert.get("alert"))
                    .isIn("warning", "critical");
            assertThat(Manifests.at(alert, "annotations", "summary")).as("%s summary", alert.get("alert"))
                    .isNotNull();
        });
    }

    @Test
    void everyMetricAnAlertOrTheDashboardReadsIsExported() {
        Set<String> exported = new TreeSet<>();
        EXPORTED.values().forEach(exported::addAll);
        List<String> expressions = new ArrayList<>(alerts().stream().map(a -> a.get("expr").toString()).toList());
        collectExpressions(Manifests.yamlFile(Manifests.K8S.resolve("base/dashboards/civicspace-overview.json")),
                expressions);

        Set<String> used = new TreeSet<>();
        expressions.forEach(expression -> used.addAll(metricsIn(expression)));

        assertThat(used).contains("civicspace_outbox_oldest_unsent_age_seconds", "up");
        assertThat(exported).containsAll(used);
    }

    @Test
    void readsTheMetricNamesOfAnExpression() {
        assertThat(metricsIn("""
                histogram_quantile(0.99, sum by (le, job) (rate(http_server_requests_seconds_bucket{job=~"a|b"}[5m])))
                  > 2 and on (job) up{job="gateway"} == 0"""))
                .containsExactlyInAnyOrder("http_server_requests_seconds_bucket", "up");
    }

    @Test
    void everyWorkloadIsScrapedOnItsMetricsPath() {
        List<Service> services = manifests.models(Service.class);
        List<Manifests.Resource> monitors = manifests.ofKind("ServiceMonitor");
        for (Deployment deployment : manifests.models(Deployment.class)) {
            Map<String, String> pod = deployment.getSpec().getTemplate().getMetadata().getLabels();
            Service service = services.stream()
                    .filter(s -> s.getSpec().getSelector() != null && !s.getSpec().getSelector().isEmpty()
                            && pod.entrySet().containsAll(s.getSpec().getSelector().entrySet()))
                    .findFirst().orElseThrow(() -> new AssertionError("no Service for " + deployment));

            assertThat(monitors).as("a ServiceMonitor scraping %s", deployment.getMetadata().getName())
                    .anySatisfy(monitor -> {
                        LabelSelector selector = Manifests.YAML.convertValue(
                                Manifests.at(monitor.raw(), "spec", "selector"), LabelSelector.class);
                        assertThat(Manifests.selects(selector, service.getMetadata().getLabels())).isTrue();
                        assertThat(Manifests.listAt(monitor.raw(), "spec", "endpoints")).anySatisfy(e -> {
                            assertThat(Manifests.at(e, "path")).isEqualTo("/q/metrics");
                            assertThat(service.getSpec().getPorts())
                                    .anySatisfy(p -> assertThat(p.getName()).isEqualTo(Manifests.at(e, "port")));
                        });
                    });
        }
    }

    /** The metric names an expression reads: identifiers that are not functions, keywords, labels or strings. */
    static Set<String> metricsIn(String expression) {
        String bare = expression.replaceAll("\"[^\"]*\"", "\"\"")
                .replaceAll("\\{[^}]*}", "")
                .replaceAll("\\[[^]]*]", "")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", "");
        Set<String> metrics = new TreeSet<>();
        Matcher matcher = IDENTIFIER.matcher(bare);
        while (matcher.find()) {
            if (!PROMQL_KEYWORDS.contains(matcher.group(1))) {
                metrics.add(matcher.group(1));
            }
        }
        return metrics;
    }

    private static void collectExpressions(Object node, List<String> expressions) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if ("expr".equals(key) && value instanceof String expression) {
                    expressions.add(expression);
                } else {
                    collectExpressions(value, expressions);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectExpressions(item, expressions));
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> alerts() {
        List<Map<String, Object>> alerts = new ArrayList<>();
        for (Manifests.Resource rule : manifests.ofKind("PrometheusRule")) {
            for (Object group : Manifests.listAt(rule.raw(), "spec", "groups")) {
                Manifests.listAt(group, "rules").forEach(r -> alerts.add((Map<String, Object>) r));
            }
        }
        return alerts;
    }
}
