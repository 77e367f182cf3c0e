package org.civicspace.deploy;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The deployment variants every invariant is checked on: the base files as written (always), and what kustomize
 * renders for the base and each overlay (when kubectl, which embeds kustomize, is installed; skipped otherwise).
 */
final class Variants {

    static final String BASE_FILES = "base files";
    private static final Map<String, Manifests> LOADED = new ConcurrentHashMap<>();

    private Variants() {
    }

    static Stream<String> all() {
        return Stream.of(BASE_FILES, "base", "overlays/small", "overlays/production");
    }

    static Stream<String> overlays() {
        return Stream.of("overlays/small", "overlays/production");
    }

    static Manifests load(String variant) {
        if (variant.equals(BASE_FILES)) {
            return LOADED.computeIfAbsent(variant, v -> Manifests.baseFiles());
        }
        assumeTrue(Manifests.kubectlAvailable(), "kubectl (kustomize) is not installed: " + variant + " not rendered");
        return LOADED.computeIfAbsent(variant, v -> Manifests.rendered(v).orElseThrow());
    }
}
