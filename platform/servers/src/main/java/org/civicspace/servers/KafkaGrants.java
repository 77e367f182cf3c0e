package org.civicspace.servers;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import java.util.Optional;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;

/** Converges a broker's SCRAM users and ACLs on a catalogue, as its {@value KafkaAccess#ADMIN}. */
final class KafkaGrants {

    private static final int SCRAM_ITERATIONS = 8192;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private KafkaGrants() {
    }

    static void apply(Map<String, String> adminSettings, List<KafkaAccess.Principal> principals,
            Map<String, String> passwords) {
        Map<String, Object> config = new HashMap<>(adminSettings);
        config.put("request.timeout.ms", 10_000);
        config.put("default.api.timeout.ms", 20_000);
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        try (Admin admin = Admin.create(config)) {
            while (true) {
                try {
                    converge(admin, principals, passwords);
                    return;
                } catch (ExecutionException e) {
                    // right after a start the broker may not yet serve its metadata: try again for a while
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("could not grant the Kafka users and ACLs", e.getCause());
                    }
                    Thread.sleep(500);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while granting Kafka users and ACLs", e);
        }
    }

    private static void converge(Admin admin, List<KafkaAccess.Principal> principals, Map<String, String> passwords)
            throws ExecutionException, InterruptedException {
        List<UserScramCredentialUpsertion> users = new ArrayList<>();
        Set<AclBinding> wanted = new HashSet<>();
        for (KafkaAccess.Principal principal : principals) {
            String password = passwords.get(principal.name());
            if (password == null || password.isBlank()) {
                throw new IllegalArgumentException("no Kafka password for " + principal.name());
            }
            users.add(new UserScramCredentialUpsertion(principal.name(),
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS), password));
            wanted.addAll(principal.acls());
        }
        admin.alterUserScramCredentials(List.copyOf(users)).all().get();
        Set<AclBinding> existing = new HashSet<>(admin.describeAcls(AclBindingFilter.ANY).values().get());
        List<AclBinding> stale = existing.stream().filter(acl -> !wanted.contains(acl)).toList();
        if (!stale.isEmpty()) {
            admin.deleteAcls(stale.stream().map(AclBinding::toFilter).toList()).all().get();
        }
        List<AclBinding> missing = wanted.stream().filter(acl -> !existing.contains(acl)).toList();
        if (!missing.isEmpty()) {
            admin.createAcls(missing).all().get();
        }
        awaitInForce(admin, wanted, principals);
        createReadTopics(admin, wanted);
    }

    /**
     * Creates every topic some principal reads, if it does not exist yet: a consumer may not create another area's
     * topic, and would otherwise be refused until its owner first writes it.
     */
    private static void createReadTopics(Admin admin, Set<AclBinding> acls)
            throws ExecutionException, InterruptedException {
        Set<String> existing = admin.listTopics().names().get();
        List<NewTopic> missing = acls.stream()
                .filter(acl -> acl.pattern().resourceType() == ResourceType.TOPIC
                        && acl.pattern().patternType() == PatternType.LITERAL
                        && acl.entry().operation() == AclOperation.READ)
                .map(acl -> acl.pattern().name()).distinct().filter(topic -> !existing.contains(topic))
                .map(topic -> new NewTopic(topic, Optional.empty(), Optional.empty())).toList();
        try {
            admin.createTopics(missing).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    /** Waits until the broker answers with exactly the wanted ACLs and every user, so that they are in force. */
    private static void awaitInForce(Admin admin, Set<AclBinding> wanted, List<KafkaAccess.Principal> principals)
            throws ExecutionException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        List<String> names = principals.stream().map(KafkaAccess.Principal::name).toList();
        while (!(new HashSet<>(admin.describeAcls(AclBindingFilter.ANY).values().get()).equals(wanted)
                && admin.describeUserScramCredentials(names).all().get().keySet().containsAll(names))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the broker did not put the granted users and ACLs in force");
            }
            Thread.sleep(100);
        }
    }
}
