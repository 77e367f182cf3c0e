package org.civicspace.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/** Every workload in every variant: probes, resources, non-root, disruption budget, autoscaler, images, secrets. */
class WorkloadInvariantsTest {

    /** Environment variables and ConfigMap keys whose value must never be written in a manifest. */
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(secret|password|passwd|token|credential|key).*");

    /** A workload (Deployment or StatefulSet) with its pod template. */
    private record Workload(String kind, String name, Integer replicas, PodTemplateSpec template) {

        PodSpec pod() {
            return template.getSpec();
        }

        Map<String, String> labels() {
            return template.getMetadata().getLabels();
        }

        @Override
        public String toString() {
            return kind + "/" + name;
        }
    }

    private static List<Workload> workloads(Manifests manifests) {
        List<Workload> workloads = new ArrayList<>();
        manifests.models(Deployment.class).forEach(d -> workloads.add(new Workload("Deployment",
                d.getMetadata().getName(), d.getSpec().getReplicas(), d.getSpec().getTemplate())));
        manifests.models(StatefulSet.class).forEach(s -> workloads.add(new Workload("StatefulSet",
                s.getMetadata().getName(), s.getSpec().getReplicas(), s.getSpec().getTemplate())));
        return workloads;
    }

    static Stream<String> variants() {
        return Variants.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void deploysEveryServiceOfTheLocalStack(String variant) {
        List<String> names = workloads(Variants.load(variant)).stream().map(Workload::name).toList();

        assertThat(names).containsExactlyInAnyOrderElementsOf(Stack.modules());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyWorkloadIsProbedOnQuarkusHealthEndpoints(String variant) {
        for (Workload workload : workloads(Variants.load(variant))) {
            for (Container container : workload.pod().getContainers()) {
                assertThat(path(container.getReadinessProbe())).as("%s readiness probe", workload)
                        .contains("/q/health/ready");
                assertThat(path(container.getLivenessProbe())).as("%s liveness probe", workload)
                        .contains("/q/health/live");
                assertThat(container.getReadinessProbe().getHttpGet().getPort().getStrVal())
                        .as("%s probes the container's named port", workload)
                        .isIn(container.getPorts().stream().map(p -> p.getName()).toList());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyContainerHasCpuAndMemoryRequestsAndLimits(String variant) {
        for (Workload workload : workloads(Variants.load(variant))) {
            for (Container container : workload.pod().getContainers()) {
                assertThat(container.getResources()).as("%s resources", workload).isNotNull();
                assertThat(container.getResources().getRequests()).as("%s requests", workload)
                        .containsKeys("cpu", "memory");
                assertThat(container.getResources().getLimits()).as("%s limits", workload)
                        .containsKeys("cpu", "memory");
                assertThat(container.getResources().getLimits().get("memory").getNumericalAmount())
                        .as("%s memory limit is not below its request", workload)
                        .isGreaterThanOrEqualTo(container.getResources().getRequests().get("memory")
                                .getNumericalAmount());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyWorkloadRunsAsNonRootWithAReadOnlyRootAndNoCapabilities(String variant) {
        for (Workload workload : workloads(Variants.load(variant))) {
            var podSecurity = workload.pod().getSecurityContext();
            assertThat(podSecurity).as("%s pod security context", workload).isNotNull();
            assertThat(podSecurity.getRunAsNonRoot()).as("%s runAsNonRoot", workload).isTrue();
            assertThat(podSecurity.getRunAsUser()).as("%s runs as a numeric non-root user", workload)
                    .isNotNull().isPositive();
            assertThat(podSecurity.getSeccompProfile().getType()).as("%s seccomp", workload)
                    .isEqualTo("RuntimeDefault");
            assertThat(workload.pod().getAutomountServiceAccountToken()).as("%s mounts no API token", workload)
                    .isFalse();
            for (Container container : workload.pod().getContainers()) {
                var security = container.getSecurityContext();
                assertThat(security).as("%s container security context", workload).isNotNull();
                assertThat(security.getAllowPrivilegeEscalation()).as("%s privilege escalation", workload).isFalse();
                assertThat(security.getReadOnlyRootFilesystem()).as("%s read-only root", workload).isTrue();
                assertThat(security.getRunAsNonRoot()).as("%s container runAsNonRoot", workload)
                        .isNotEqualTo(Boolean.FALSE);
                assertThat(security.getRunAsUser()).as("%s container user", workload)
                        .satisfiesAnyOf(u -> assertThat(u).isNull(), u -> assertThat(u).isPositive());
                assertThat(security.getCapabilities().getDrop()).as("%s drops every capability", workload)
                        .containsExactly("ALL");
                assertThat(security.getCapabilities().getAdd()).as("%s adds no capability", workload)
                        .isNullOrEmpty();
                assertThat(security.getPrivileged()).as("%s privileged", workload).isNotEqualTo(Boolean.TRUE);
                String tmpVolume = container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp"))
                        .map(m -> m.getName()).findFirst().orElse(null);
                assertThat(tmpVolume).as("%s has a writable /tmp", workload).isNotNull();
                assertThat(workload.pod().getVolumes()).as("%s /tmp is an emptyDir", workload)
                        .anySatisfy(v -> {
                            assertThat(v.getName()).isEqualTo(tmpVolume);
                            assertThat(v.getEmptyDir()).isNotNull();
                        });
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyWorkloadHasADisruptionBudgetThatLetsADrainProceed(String variant) {
        Manifests manifests = Variants.load(variant);
        for (Workload workload : workloads(manifests)) {
            List<PodDisruptionBudget> budgets = manifests.models(PodDisruptionBudget.class).stream()
                    .filter(b -> Manifests.selects(b.getSpec().getSelector(), workload.labels())).toList();

            assertThat(budgets).as("%s disruption budgets", workload).hasSize(1);
            var spec = budgets.get(0).getSpec();
            assertThat(spec.getMaxUnavailable() != null || spec.getMinAvailable() != null)
                    .as("%s budget sets maxUnavailable or minAvailable", workload).isTrue();
            if (spec.getMaxUnavailable() != null) {
                assertThat(spec.getMaxUnavailable().getIntVal()).as("%s maxUnavailable", workload).isPositive();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyWorkloadHasAnAutoscalerKeepingAtLeastTwoReplicas(String variant) {
        Manifests manifests = Variants.load(variant);
        for (Workload workload : workloads(manifests)) {
            List<HorizontalPodAutoscaler> autoscalers = manifests.models(HorizontalPodAutoscaler.class).stream()
                    .filter(h -> h.getSpec().getScaleTargetRef().getKind().equals(workload.kind())
                            && h.getSpec().getScaleTargetRef().getName().equals(workload.name()))
                    .toList();

            assertThat(autoscalers).as("%s autoscalers", workload).hasSize(1);
            var spec = autoscalers.get(0).getSpec();
            assertThat(spec.getMinReplicas()).as("%s minimum replicas", workload).isGreaterThanOrEqualTo(2);
            assertThat(spec.getMaxReplicas()).as("%s maximum replicas", workload)
                    .isGreaterThanOrEqualTo(spec.getMinReplicas());
            assertThat(spec.getMetrics()).as("%s scales on a metric", workload).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyImageIsPinnedToATagOrDigestOtherThanLatest(String variant) {
        Manifests manifests = Variants.load(variant);
        List<String> images = new ArrayList<>();
        workloads(manifests).forEach(w -> w.pod().getContainers().forEach(c -> images.add(c.getImage())));
        manifests.resources().forEach(r -> Optional.ofNullable(Manifests.at(r.raw(), "spec", "image"))
                .or(() -> Optional.ofNullable(Manifests.at(r.raw(), "spec", "imageName")))
                .ifPresent(image -> images.add(image.toString())));

        assertThat(images).isNotEmpty().allSatisfy(image -> {
            String lastPart = image.substring(image.lastIndexOf('/') + 1);
            assertThat(lastPart.contains(":") || image.contains("@sha256:")).as("%s has a tag or digest", image)
                    .isTrue();
            assertThat(image).as("image").doesNotEndWith(":latest");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void noSecretValueIsWrittenInAnyManifest(String variant) {
        Manifests manifests = Variants.load(variant);

        assertThat(manifests.models(Secret.class)).as("Secrets defined in manifests").isEmpty();
        for (Workload workload : workloads(manifests)) {
            for (Container container : workload.pod().getContainers()) {
                for (EnvVar env : Objects.requireNonNullElse(container.getEnv(), List.<EnvVar>of())) {
                    if (SECRET_NAME.matcher(env.getName()).matches()) {
                        assertThat(env.getValue()).as("%s env %s is written inline", workload, env.getName())
                                .isNull();
                        assertThat(env.getValueFrom().getSecretKeyRef()).as("%s env %s comes from a Secret",
                                workload, env.getName()).isNotNull();
                    }
                }
                Optional.ofNullable(container.getEnvFrom()).orElse(List.of()).forEach(source -> {
                    if (source.getConfigMapRef() != null) {
                        ConfigMap config = manifests.models(ConfigMap.class).stream()
                                .filter(c -> c.getMetadata().getName().equals(source.getConfigMapRef().getName()))
                                .findFirst().orElseThrow(() -> new AssertionError(workload + " reads ConfigMap "
                                        + source.getConfigMapRef().getName() + ", which is not defined"));
                        assertThat(config.getData().keySet()).as("%s ConfigMap keys", workload)
                                .noneMatch(key -> SECRET_NAME.matcher(key).matches());
                    }
                });
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyResourceParsesAsAKnownKindWithAName(String variant) {
        List<HasMetadata> models = Variants.load(variant).resources().stream().map(Manifests.Resource::model)
                .toList();

        assertThat(models).isNotEmpty().allSatisfy(m -> {
            assertThat(m.getApiVersion()).as("apiVersion of %s", m.getKind()).isNotBlank();
            assertThat(m.getMetadata().getName()).as("name of a %s", m.getKind()).isNotBlank();
        });
    }

    private static String path(Probe probe) {
        return probe == null || probe.getHttpGet() == null ? null : probe.getHttpGet().getPath();
    }
}
