package org.civicspace.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Alerts exist for what the issue names, and every database metric they use is defined by a query we ship. */
class ObservabilityTest {

    private final Manifests manifests = Manifests.baseFiles();

    @Test
    void alertsCoverErrorRateLatencyConsumerLagOutboxBacklogAndOverdueReprisalFollowUps() {
        String expressions = String.join("\n", alerts().stream().map(a -> a.get("expr").toString()).toList());

        assertThat(expressions).contains("civicspace_gateway_requests_seconds_count{status=~\"5..\"}")
                .contains("http_server_requests_seconds_count{outcome=\"SERVER_ERROR\"}")
                .contains("civicspace_gateway_requests_seconds_sum")
                .contains("histogram_quantile(0.99")
                .contains("kafka_consumergroup_lag")
                .contains("cnpg_civicspace_outbox_oldest_unsent_age_seconds")
                .contains("cnpg_civicspace_reprisals_first_responses_overdue")
                .contains("cnpg_civicspace_reprisals_critical_follow_ups_overdue");
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
    void everyDatabaseMetricAnAlertUsesIsDefinedByAQueryOfItsCluster() {
        Set<String> defined = new TreeSet<>();
        for (Manifests.Resource cluster : manifests.ofKind("Cluster")) {
            for (Object source : Manifests.listAt(cluster.raw(), "spec", "monitoring", "customQueriesConfigMap")) {
                Path file = Manifests.K8S.resolve("base/postgres-metrics")
                        .resolve(Manifests.at(source, "key").toString());
                Map<String, Object> queries = Manifests.yamlFile(file);
                queries.forEach((query, definition) -> Manifests.listAt(definition, "metrics").forEach(metric ->
                        ((Map<?, ?>) metric).forEach((column, spec) -> {
                            if (!"LABEL".equals(Manifests.at(spec, "usage"))) {
                                defined.add("cnpg_" + query + "_" + column);
                            }
                        })));
            }
        }
        Set<String> used = new TreeSet<>();
        Matcher matcher = Pattern.compile("cnpg_civicspace_[a-z_]+").matcher(
                String.join("\n", alerts().stream().map(a -> a.get("expr").toString()).toList()));
        while (matcher.find()) {
            used.add(matcher.group());
        }

        assertThat(used).isNotEmpty();
        assertThat(defined).containsAll(used);
    }

    @Test
    void theGatewayIsScrapedOnItsMetricsPath() {
        assertThat(manifests.named("ServiceMonitor", "gateway").raw()).satisfies(monitor -> {
            assertThat(Manifests.at(monitor, "spec", "selector", "matchLabels", "app.kubernetes.io/name"))
                    .isEqualTo("gateway");
            assertThat(Manifests.listAt(monitor, "spec", "endpoints"))
                    .anySatisfy(e -> assertThat(Manifests.at(e, "path")).isEqualTo("/q/metrics"));
        });
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
