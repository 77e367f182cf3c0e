package org.civicspace.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * The production realm import is the local realm (deploy/keycloak/civicspace-realm.json) without its demo parts, and
 * without any client secret: each comes from a Secret through the operator's placeholders.
 */
class RealmImportTest {

    private static final Set<String> DEMO_CLIENTS = Set.of("civicspace-cli", "partner-demo-agency");
    /** Roles that let someone act on the records of organisations, people or cases: for people, never a machine. */
    private static final Set<String> PERSONS_ROLES = Set.of("cso-representative", "dgc-officer",
            "ngo-committee-member", "ohchr-case-officer", "ohchr-supervisor", "platform-admin", "demo-user");

    private final Map<String, Object> local = Manifests.documents(
            Manifests.read(Manifests.ROOT.resolve("deploy/keycloak/civicspace-realm.json"))).get(0);
    private final Manifests manifests = Manifests.baseFiles();
    private final Manifests.Resource realmImport = manifests.named("KeycloakRealmImport", "civicspace-realm");
    private final Object realm = Manifests.at(realmImport.raw(), "spec", "realm");

    @Test
    void realmImportHasTheLocalRealmsRolesAndClientsWithoutDemoParts() {
        assertThat(Manifests.at(realm, "realm")).isEqualTo("civicspace");
        assertThat(Manifests.at(realmImport.raw(), "spec", "keycloakCRName"))
                .isEqualTo(manifests.ofKind("Keycloak").get(0).name());
        assertThat(names(Manifests.listAt(realm, "roles", "realm"), "name"))
                .isEqualTo(without(names(Manifests.listAt(local, "roles", "realm"), "name"), Set.of("demo-user")));
        assertThat(names(Manifests.listAt(realm, "clients"), "clientId"))
                .isEqualTo(without(names(Manifests.listAt(local, "clients"), "clientId"), DEMO_CLIENTS));
        assertThat(Manifests.listAt(realm, "users")).as("only the services' service accounts")
                .allSatisfy(u -> assertThat(Manifests.at(u, "serviceAccountClientId")).isIn(Stack.modules()));
        assertThat(Manifests.listAt(realm, "clients")).as("every client keeps its civicspace-api audience mapper")
                .filteredOn(c -> !"civicspace-api".equals(Manifests.at(c, "clientId")))
                .allSatisfy(c -> assertThat(names(Manifests.listAt(c, "protocolMappers"), "name"))
                        .contains("civicspace-api audience"));
        assertThat(Manifests.listAt(realm, "components", "org.keycloak.userprofile.UserProfileProvider"))
                .as("the user profile that declares org_id").isNotEmpty();
    }

    @Test
    void noServiceAccountHoldsAPersonsRoleAndTheImportGivesThemWhatTheLocalRealmDoes() {
        Map<String, Set<String>> imported = rolesOfServiceAccounts(realm);
        Map<String, Set<String>> inLocalRealm = rolesOfServiceAccounts(local);

        assertThat(imported).as("service accounts and their realm roles (ADR 0020)")
                .isEqualTo(inLocalRealm.entrySet().stream().filter(e -> !DEMO_CLIENTS.contains(e.getKey()))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        assertThat(inLocalRealm).as("every client with service accounts has its service account listed")
                .containsOnlyKeys(Manifests.listAt(local, "clients").stream()
                        .filter(c -> Boolean.TRUE.equals(Manifests.at(c, "serviceAccountsEnabled")))
                        .map(c -> String.valueOf(Manifests.at(c, "clientId"))).toList());
        assertThat(inLocalRealm).allSatisfy((client, roles) -> assertThat(roles).as("roles of %s", client)
                .doesNotContainAnyElementsOf(PERSONS_ROLES));
    }

    @Test
    void noClientSecretIsWrittenInTheRealmImport() {
        Map<?, ?> placeholders = (Map<?, ?>) Manifests.at(realmImport.raw(), "spec", "placeholders");
        for (Object client : Manifests.listAt(realm, "clients")) {
            Object secret = Manifests.at(client, "secret");
            if (secret == null) {
                continue;
            }
            assertThat(secret.toString()).as("secret of %s", Manifests.at(client, "clientId"))
                    .matches("\\$\\{[A-Z_]+}");
            String placeholder = secret.toString().substring(2, secret.toString().length() - 1);
            assertThat(Manifests.at(placeholders, placeholder, "secret", "name")).as("placeholder %s", placeholder)
                    .isEqualTo("civicspace-oidc-clients");
            assertThat(Manifests.at(placeholders, placeholder, "secret", "key")).as("placeholder %s", placeholder)
                    .isEqualTo(Manifests.at(client, "clientId"));
        }
        String withoutComments = Manifests.read(Manifests.K8S.resolve("base/keycloak-realm-import.yaml")).lines()
                .filter(line -> !line.stripLeading().startsWith("#")).collect(Collectors.joining("\n"));
        assertThat(withoutComments).as("a local demo secret or a password credential")
                .doesNotContain("local-secret").doesNotContain("credentials:");
    }

    @Test
    void everyServiceReadsTheSecretOfItsOwnClient() {
        for (Deployment deployment : manifests.models(Deployment.class)) {
            EnvVar secret = deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                    .filter(e -> e.getName().equals("CIVICSPACE_CLIENT_SECRET")).findFirst().orElseThrow();

            assertThat(secret.getValueFrom().getSecretKeyRef().getName()).isEqualTo("civicspace-oidc-clients");
            assertThat(secret.getValueFrom().getSecretKeyRef().getKey()).isEqualTo(deployment.getMetadata().getName());
        }
    }

    /** Each service account's client and the realm roles it holds. */
    private static Map<String, Set<String>> rolesOfServiceAccounts(Object realm) {
        return Manifests.listAt(realm, "users").stream()
                .filter(u -> Manifests.at(u, "serviceAccountClientId") != null)
                .collect(Collectors.toMap(u -> String.valueOf(Manifests.at(u, "serviceAccountClientId")),
                        u -> names(Manifests.listAt(u, "realmRoles"))));
    }

    private static Set<String> names(List<Object> items) {
        return items.stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> names(List<Object> items, String key) {
        return items.stream().map(i -> String.valueOf(Manifests.at(i, key)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> without(Set<String> names, Set<String> removed) {
        Set<String> result = new TreeSet<>(names);
        result.removeAll(removed);
        return result;
    }
}
