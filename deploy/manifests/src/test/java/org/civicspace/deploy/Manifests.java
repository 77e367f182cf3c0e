package org.civicspace.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * The Kubernetes resources of one deployment variant, each parsed twice: with the fabric8 model (typed for the
 * built-in kinds, {@code GenericKubernetesResource} for operators' kinds) and as a plain map for paths into CRDs.
 */
record Manifests(String variant, List<Resource> resources) {

    static final Path ROOT = Path.of(System.getProperty("civicspace.root", "../..")).toAbsolutePath().normalize();
    static final Path K8S = ROOT.resolve("deploy/k8s");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final KubernetesSerialization KUBERNETES = new KubernetesSerialization();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One document of a manifest file. */
    record Resource(String source, Map<String, Object> raw, HasMetadata model) {

        String kind() {
            return model.getKind();
        }

        String name() {
            return model.getMetadata().getName();
        }

        @Override
        public String toString() {
            return kind() + "/" + name() + " (" + source + ")";
        }
    }

    /** Every document of every manifest file under deploy/k8s/base, as written (no kustomize). */
    static Manifests baseFiles() {
        List<Resource> resources = new ArrayList<>();
        for (Path file : manifestFiles(K8S.resolve("base"))) {
            resources.addAll(parse(K8S.relativize(file).toString(), read(file)));
        }
        return new Manifests("base files", resources);
    }

    /** What {@code kubectl kustomize deploy/k8s/<dir>} renders, or empty when kubectl is not installed. */
    static Optional<Manifests> rendered(String dir) {
        if (!kubectlAvailable()) {
            return Optional.empty();
        }
        String yaml = run(List.of("kubectl", "kustomize", K8S.resolve(dir).toString()));
        return Optional.of(new Manifests("kustomize build " + dir, parse("kustomize build " + dir, yaml)));
    }

    static boolean kubectlAvailable() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "kubectl")));
    }

    /**
     * The YAML files under {@code dir} that hold Kubernetes resources: not kustomization files, not the inputs of
     * configMapGenerator (dashboards/).
     */
    static List<Path> manifestFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().equals("kustomization.yaml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Resource> parse(String source, String yaml) {
        List<Resource> resources = new ArrayList<>();
        for (Map<String, Object> document : documents(yaml)) {
            try {
                HasMetadata model = KUBERNETES.unmarshal(JSON.writeValueAsString(document));
                resources.add(new Resource(source, document, model));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return resources;
    }

    static List<Map<String, Object>> documents(String yaml) {
        try (MappingIterator<Map<String, Object>> documents = YAML.readerFor(new TypeReference<Map<String, Object>>() {
        }).readValues(yaml)) {
            return documents.readAll().stream().filter(d -> d != null && !d.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> yamlFile(Path file) {
        return documents(read(file)).get(0);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Resource> ofKind(String kind) {
        return resources.stream().filter(r -> r.kind().equals(kind)).toList();
    }

    <T extends HasMetadata> List<T> models(Class<T> type) {
        return resources.stream().map(Resource::model).filter(type::isInstance).map(type::cast).toList();
    }

    Resource named(String kind, String name) {
        return ofKind(kind).stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " in " + variant));
    }

    @Override
    public String toString() {
        return variant;
    }

    /** The value at a path of map keys in a raw document, or null. */
    static Object at(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static List<Object> listAt(Object node, String... path) {
        Object value = at(node, path);
        return value instanceof List<?> list ? (List<Object>) list : List.of();
    }

    /** Whether a Kubernetes label selector selects an object with these labels (an empty selector selects all). */
    static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        if (selector.getMatchLabels() != null) {
            for (Map.Entry<String, String> required : selector.getMatchLabels().entrySet()) {
                if (!required.getValue().equals(labels.get(required.getKey()))) {
                    return false;
                }
            }
        }
        if (selector.getMatchExpressions() != null) {
            for (LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
                String value = labels.get(requirement.getKey());
                boolean matches = switch (requirement.getOperator()) {
                    case "In" -> value != null && requirement.getValues().contains(value);
                    case "NotIn" -> value == null || !requirement.getValues().contains(value);
                    case "Exists" -> value != null;
                    case "DoesNotExist" -> value == null;
                    default -> throw new AssertionError("unknown selector operator " + requirement.getOperator());
                };
                if (!matches) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed: " + err);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
