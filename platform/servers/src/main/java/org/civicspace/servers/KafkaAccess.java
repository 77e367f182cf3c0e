package org.civicspace.servers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Who may do what on the Civic Space broker: one SCRAM principal per service, which writes only the topics named
 * after it ({@code registry.*} for registry-service), reads only the topics it consumes, and writes its own
 * dead-letter topic of each ({@code <topic>.<area>-dlq}). The gateway only reads the public topics it relays.
 *
 * <p>The one catalogue of these rights: the test harness and the local stack grant exactly these ACLs, and
 * {@code deploy/manifests} checks that the Kubernetes {@code KafkaUser}s grant the same.
 */
public final class KafkaAccess {

    /** The broker's own super user: formats, creates the other users and their ACLs; no service runs as it. */
    public static final String ADMIN = "admin";

    /** A principal (SCRAM user name) and every ACL it holds. */
    public record Principal(String name, List<AclBinding> acls) {

        /** The area whose topics this principal writes ({@code registry} for {@code registry.*}), if any. */
        public Optional<String> ownedArea() {
            return acls.stream().filter(acl -> acl.pattern().patternType() == PatternType.PREFIXED
                    && acl.pattern().resourceType() == ResourceType.TOPIC
                    && acl.entry().operation() == AclOperation.WRITE)
                    .map(acl -> acl.pattern().name().substring(0, acl.pattern().name().length() - 1)).findFirst();
        }
    }

    /** The public topics: relayed to dashboards by the gateway and to partners' webhooks by notifications-service. */
    private static final List<String> PUBLIC_TOPICS = List.of("registry.organizations",
            "accreditation.accreditations", "events.events");

    /** The domain events notifications-service turns into notices, and the public topics it sends to webhooks. */
    private static final List<String> NOTIFIED_TOPICS = List.of("accreditation.applications",
            "accreditation.designations", "events.registrations", "events.proposals", "reprisals.cases",
            "registry.organizations", "accreditation.accreditations", "events.events");

    private static final List<Principal> CIVIC_SPACE = List.of(
            service("registry-service", "registry",
                    List.of("accreditation.accreditations", "reprisals.protection-flags")),
            service("accreditation-service", "accreditation",
                    List.of("registry.organizations", "registry.representatives")),
            service("events-service", "events", List.of("registry.organizations", "registry.representatives",
                    "accreditation.accreditations", "reprisals.protection-flags")),
            // reads back its own audit checkpoints (assigned partitions, no group); consumes nothing else
            principal("reprisals-service", "reprisals", List.of("reprisals.audit-checkpoints"), List.of(),
                    Optional.empty(), Optional.empty()),
            // tells people and partner systems what concerns them; writes nothing but the dead letters of what it reads
            principal("notifications-service", null, NOTIFIED_TOPICS,
                    NOTIFIED_TOPICS.stream().map(topic -> topic + ".notifications-dlq").toList(),
                    Optional.of("notifications-service"), Optional.empty()),
            // relays the public topics to dashboards, each gateway replica with a group of its own
            principal("gateway", null, PUBLIC_TOPICS, List.of(), Optional.empty(), Optional.of("gateway-feed-")));

    private KafkaAccess() {
    }

    /** The principals of the Civic Space services. */
    public static List<Principal> civicSpace() {
        return CIVIC_SPACE;
    }

    /** The principal named {@code name}. */
    public static Principal principal(String name) {
        return CIVIC_SPACE.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no Kafka principal " + name));
    }

    /** The principal that owns (alone may write) {@code topic}, by the topic's area: {@code registry.x} to registry. */
    public static Optional<Principal> ownerOf(String topic) {
        String area = topic.substring(0, Math.max(topic.indexOf('.'), 0));
        return CIVIC_SPACE.stream().filter(p -> p.ownedArea().filter(area::equals).isPresent()).findFirst();
    }

    /**
     * A service {@code name} that owns the topics of {@code area}, consumes {@code consumed} with the consumer group
     * {@code name}, and dead-letters what it cannot apply to {@code <topic>.<area>-dlq}.
     */
    public static Principal service(String name, String area, List<String> consumed) {
        return principal(name, area, consumed, consumed.stream().map(topic -> topic + "." + area + "-dlq").toList(),
                Optional.of(name), Optional.empty());
    }

    /** A principal with exactly these rights; {@code area} null for one that writes nothing. */
    public static Principal principal(String name, String area, List<String> reads, List<String> deadLetterTopics,
            Optional<String> group, Optional<String> groupPrefix) {
        String user = "User:" + name;
        List<AclBinding> acls = new ArrayList<>();
        if (area != null) {
            for (AclOperation operation : List.of(AclOperation.WRITE, AclOperation.CREATE, AclOperation.DESCRIBE)) {
                acls.add(allow(user, ResourceType.TOPIC, area + ".", PatternType.PREFIXED, operation));
            }
        }
        for (String topic : reads) {
            acls.add(allow(user, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.READ));
            acls.add(allow(user, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.DESCRIBE));
        }
        for (String topic : deadLetterTopics) {
            for (AclOperation operation : List.of(AclOperation.WRITE, AclOperation.CREATE, AclOperation.DESCRIBE)) {
                acls.add(allow(user, ResourceType.TOPIC, topic, PatternType.LITERAL, operation));
            }
        }
        group.ifPresent(g -> acls.add(allow(user, ResourceType.GROUP, g, PatternType.LITERAL, AclOperation.READ)));
        groupPrefix.ifPresent(g -> acls.add(allow(user, ResourceType.GROUP, g, PatternType.PREFIXED,
                AclOperation.READ)));
        return new Principal(name, List.copyOf(acls));
    }

    /** Client settings of a Kafka client that authenticates as {@code user} with {@code password}. */
    public static Map<String, String> clientSettings(String user, String password) {
        return Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", scramLogin(user, password));
    }

    /** The JAAS line of a SCRAM login as {@code user}. */
    public static String scramLogin(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    private static AclBinding allow(String principal, ResourceType type, String name, PatternType patternType,
            AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, patternType),
                new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW));
    }
}
