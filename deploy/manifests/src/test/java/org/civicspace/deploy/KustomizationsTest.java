package org.civicspace.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The kustomizations hang together: everything they name exists, and nothing under base is forgotten. */
class KustomizationsTest {

    static Stream<Path> kustomizations() {
        try (Stream<Path> files = Files.walk(Manifests.K8S)) {
            return files.filter(f -> f.getFileName().toString().equals("kustomization.yaml")).sorted().toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void thereIsABaseAndASmallAndAProductionOverlay() {
        assertThat(kustomizations().map(k -> Manifests.K8S.relativize(k.getParent()).toString()))
                .containsExactlyInAnyOrder("base", "overlays/small", "overlays/production");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void everyKustomizationNamesOnlyFilesThatExist(Path kustomization) {
        Path dir = kustomization.getParent();
        for (String reference : references(Manifests.yamlFile(kustomization))) {
            Path target = dir.resolve(reference).normalize();
            assertThat(target).as("%s names %s", Manifests.K8S.relativize(kustomization), reference).exists();
            if (Files.isDirectory(target)) {
                assertThat(target.resolve("kustomization.yaml")).as("%s is a kustomization", reference).exists();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void everyFileBesideAKustomizationIsUsedByIt(Path kustomization) throws IOException {
        Path dir = kustomization.getParent();
        Set<Path> used = new TreeSet<>();
        references(Manifests.yamlFile(kustomization)).forEach(r -> used.add(dir.resolve(r).normalize()));
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> unused = files.filter(Files::isRegularFile)
                    .filter(f -> !f.equals(kustomization))
                    .filter(f -> !used.contains(f))
                    .toList();
            assertThat(unused).as("files %s does not use", Manifests.K8S.relativize(kustomization)).isEmpty();
        }
    }

    @Test
    void overlaysOnlyPatchResourcesOfTheBase() {
        Set<String> baseResources = new TreeSet<>();
        Manifests.baseFiles().resources().forEach(r -> baseResources.add(r.kind() + "/" + r.name()));
        for (String overlay : List.of("small", "production")) {
            Path dir = Manifests.K8S.resolve("overlays").resolve(overlay);
            for (Path file : Manifests.manifestFiles(dir)) {
                for (Map<String, Object> document : Manifests.documents(Manifests.read(file))) {
                    if (document.containsKey("kind")) {
                        String id = document.get("kind") + "/" + Manifests.at(document, "metadata", "name");
                        assertThat(baseResources).as("%s patches %s", Manifests.K8S.relativize(file), id)
                                .contains(id);
                    }
                }
            }
        }
    }

    /** Paths a kustomization names: resources, patches, generator files (key=path or path). */
    static List<String> references(Map<String, Object> kustomization) {
        List<String> references = new ArrayList<>();
        Manifests.listAt(kustomization, "resources").forEach(r -> references.add(r.toString()));
        Manifests.listAt(kustomization, "components").forEach(r -> references.add(r.toString()));
        Manifests.listAt(kustomization, "patches").forEach(p -> {
            Object path = Manifests.at(p, "path");
            if (path != null) {
                references.add(path.toString());
            }
        });
        Manifests.listAt(kustomization, "patchesStrategicMerge").forEach(r -> references.add(r.toString()));
        for (String generator : List.of("configMapGenerator", "secretGenerator")) {
            Manifests.listAt(kustomization, generator).forEach(g -> {
                Manifests.listAt(g, "files").forEach(f -> {
                    String file = f.toString();
                    references.add(file.contains("=") ? file.substring(file.indexOf('=') + 1) : file);
                });
                Manifests.listAt(g, "envs").forEach(e -> references.add(e.toString()));
            });
        }
        return references;
    }
}
