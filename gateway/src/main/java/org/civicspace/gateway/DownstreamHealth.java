package org.civicspace.gateway;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * Shows each service behind the gateway as UP or DOWN (its own readiness endpoint). The gateway stays ready while a
 * service is down: the other routes still work, and that route answers 503.
 */
@Readiness
@ApplicationScoped
public class DownstreamHealth implements AsyncHealthCheck {

    private final ApiProxy proxy;

    public DownstreamHealth(ApiProxy proxy) {
        this.proxy = proxy;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Future<Map.Entry<String, Boolean>>> probes = proxy.downstreams().values().stream()
                .map(downstream -> downstream.client
                        .request(new RequestOptions().setMethod(HttpMethod.GET)
                                .setAbsoluteURI(downstream.url() + "/q/health/ready").setIdleTimeout(1000))
                        .compose(request -> request.send())
                        .map(response -> Map.entry(downstream.area, response.statusCode() == 200))
                        .otherwise(Map.entry(downstream.area, false)))
                .toList();
        return Uni.createFrom().completionStage(Future.join(probes).toCompletionStage())
                .map(all -> {
                    Map<String, String> states = new TreeMap<>();
                    probes.forEach(probe -> states.put(probe.result().getKey(), probe.result().getValue() ? "UP" : "DOWN"));
                    HealthCheckResponseBuilder response = HealthCheckResponse.named("downstream services").up();
                    states.forEach(response::withData);
                    return response.build();
                });
    }
}
