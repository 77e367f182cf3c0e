package org.civicspace.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/** PostgreSQL through CloudNativePG: one cluster per service that owns data, each archived and backed up. */
class DatabasesTest {

    static Stream<String> variants() {
        return Variants.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyDataOwningServiceHasItsOwnCloudNativePgClusterAndNoOtherServiceUsesIt(String variant) {
        Manifests manifests = Variants.load(variant);
        for (Map.Entry<String, String> owner : Stack.databases().entrySet()) {
            String database = owner.getValue();
            List<Manifests.Resource> clusters = manifests.ofKind("Cluster").stream()
                    .filter(c -> database.equals(Manifests.at(c.raw(), "spec", "bootstrap", "initdb", "database")))
                    .toList();
            assertThat(clusters).as("CloudNativePG clusters holding database %s", database).hasSize(1);
            String cluster = clusters.get(0).name();
            assertThat(clusters.get(0).model().getApiVersion()).isEqualTo("postgresql.cnpg.io/v1");

            for (Deployment deployment : manifests.models(Deployment.class)) {
                List<EnvVar> env = deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv();
                boolean owns = deployment.getMetadata().getName().equals(owner.getKey());
                String url = env.stream().filter(e -> e.getName().equals("QUARKUS_DATASOURCE_JDBC_URL"))
                        .map(EnvVar::getValue).findFirst().orElse("");
                if (owns) {
                    assertThat(url).as("%s database URL", owner.getKey())
                            .isEqualTo("jdbc:postgresql://" + cluster + "-rw:5432/" + database);
                    // a service whose migrations run as the owner runs itself as a login of the cluster's own
                    boolean separateOwner = env.stream().anyMatch(e -> e.getName().equals("QUARKUS_FLYWAY_USERNAME"));
                    assertThat(env).as("%s database credentials", owner.getKey())
                            .filteredOn(e -> e.getName().startsWith("QUARKUS_DATASOURCE_USERNAME")
                                    || e.getName().startsWith("QUARKUS_DATASOURCE_PASSWORD"))
                            .hasSize(2).allSatisfy(e -> assertThat(e.getValueFrom().getSecretKeyRef().getName())
                                    .isEqualTo(cluster + (separateOwner ? "-runtime" : "-app")));
                    if (separateOwner) {
                        assertThat(env).as("%s migration credentials", owner.getKey())
                                .filteredOn(e -> e.getName().startsWith("QUARKUS_FLYWAY_USERNAME")
                                        || e.getName().startsWith("QUARKUS_FLYWAY_PASSWORD"))
                                .hasSize(2).allSatisfy(e -> assertThat(e.getValueFrom().getSecretKeyRef().getName())
                                        .isEqualTo(cluster + "-app"));
                        assertThat(Manifests.listAt(clusters.get(0).raw(), "spec", "managed", "roles"))
                                .as("%s declares the login the service runs as", cluster).isNotEmpty();
                    }
                } else {
                    assertThat(url).as("%s must not use %s", deployment.getMetadata().getName(), cluster)
                            .doesNotContain(cluster);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyClusterHasAReplicaArchivesItsWalAndIsBackedUpNightly(String variant) {
        Manifests manifests = Variants.load(variant);
        for (Manifests.Resource cluster : manifests.ofKind("Cluster")) {
            assertThat((Integer) Manifests.at(cluster.raw(), "spec", "instances")).as("%s instances", cluster)
                    .isGreaterThanOrEqualTo(2);
            List<Object> plugins = Manifests.listAt(cluster.raw(), "spec", "plugins");
            assertThat(plugins).as("%s WAL archiver", cluster).anySatisfy(plugin -> {
                assertThat(Manifests.at(plugin, "name")).isEqualTo("barman-cloud.cloudnative-pg.io");
                assertThat(Manifests.at(plugin, "isWALArchiver")).isEqualTo(true);
            });
            String store = plugins.stream().map(p -> Manifests.at(p, "parameters", "barmanObjectName"))
                    .filter(o -> o != null).map(Object::toString).findFirst().orElseThrow();
            Manifests.Resource objectStore = manifests.named("ObjectStore", store);
            Object credentials = Manifests.at(objectStore.raw(), "spec", "configuration", "s3Credentials");
            assertThat(Manifests.at(credentials, "accessKeyId", "name")).as("%s key id from a Secret", store)
                    .isNotNull();
            assertThat(Manifests.at(credentials, "secretAccessKey", "name")).as("%s key from a Secret", store)
                    .isNotNull();
            assertThat(Manifests.at(objectStore.raw(), "spec", "retentionPolicy")).as("%s retention", store)
                    .isNotNull();
            assertThat(manifests.ofKind("ScheduledBackup")).as("%s scheduled backups", cluster)
                    .anySatisfy(b -> assertThat(Manifests.at(b.raw(), "spec", "cluster", "name"))
                            .isEqualTo(cluster.name()));
        }
    }
}
