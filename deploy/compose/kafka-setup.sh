#!/usr/bin/env bash
# Runs in the one-shot kafka-setup service (compose.yaml) once the broker is healthy, as the broker's admin over its
# ADMIN listener: creates every topic, one SCRAM-SHA-512 user per service with its password from deploy/compose/.env,
# and exactly the ACLs of KafkaAccess (platform/servers), the catalogue the test harness, the local stack and the
# Kubernetes KafkaUsers grant. ComposeTest fails when the ACLs below and KafkaAccess differ.
# It only adds: users and ACLs already there stay (adding one again changes nothing). To take a right away, remove it
# with kafka-acls.sh --remove, or start from an empty kafka-data volume.
set -euo pipefail

bin=/opt/kafka/bin
bootstrap=kafka:9094
admin=$(mktemp)
trap 'rm -f "$admin"' EXIT
cat > "$admin" <<EOF
security.protocol=SASL_PLAINTEXT
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required \
    username="admin" password="${CIVICSPACE_KAFKA_ADMIN_PASSWORD}";
EOF

# topic NAME PARTITIONS [--config KEY=VALUE]: the topics of deploy/k8s/base/kafka-topics.yaml, on one broker
topic() {
    local name=$1 partitions=$2
    shift 2
    "$bin/kafka-topics.sh" --bootstrap-server "$bootstrap" --command-config "$admin" --create --if-not-exists \
        --topic "$name" --partitions "$partitions" --replication-factor 1 "$@"
}

# user NAME PASSWORD: the user's SCRAM-SHA-512 credential, created or replaced
user() {
    if [[ -z "$2" || "$2" == *[^A-Za-z0-9]* ]]; then
        echo "the Kafka password of $1 must be letters and digits (openssl rand -hex 32)" >&2
        exit 1
    fi
    "$bin/kafka-configs.sh" --bootstrap-server "$bootstrap" --command-config "$admin" --alter \
        --add-config "SCRAM-SHA-512=[iterations=8192,password=$2]" --entity-type users --entity-name "$1"
}

# allow PRINCIPAL RESOURCE PATTERN OPERATION...: RESOURCE is --topic NAME or --group NAME, PATTERN literal or prefixed
allow() {
    local principal=$1 kind=$2 name=$3 pattern=$4
    shift 4
    local operations=()
    for operation in "$@"; do
        operations+=(--operation "$operation")
    done
    "$bin/kafka-acls.sh" --bootstrap-server "$bootstrap" --command-config "$admin" --add \
        --allow-principal "User:$principal" "$kind" "$name" --resource-pattern-type "$pattern" "${operations[@]}"
}

topic registry.organizations 3
topic registry.representatives 3
topic accreditation.applications 3
topic accreditation.accreditations 3
topic accreditation.designations 3
topic events.events 3
topic events.registrations 3
topic events.proposals 3
topic reprisals.cases 3
topic reprisals.protection-flags 3
topic reprisals.audit-checkpoints 1 --config cleanup.policy=compact
topic accreditation.accreditations.registry-dlq 1
topic reprisals.protection-flags.registry-dlq 1
topic registry.organizations.accreditation-dlq 1
topic registry.representatives.accreditation-dlq 1
topic registry.organizations.events-dlq 1
topic registry.representatives.events-dlq 1
topic accreditation.accreditations.events-dlq 1
topic reprisals.protection-flags.events-dlq 1
topic accreditation.applications.notifications-dlq 1
topic accreditation.designations.notifications-dlq 1
topic events.registrations.notifications-dlq 1
topic events.proposals.notifications-dlq 1
topic reprisals.cases.notifications-dlq 1
topic registry.organizations.notifications-dlq 1
topic accreditation.accreditations.notifications-dlq 1
topic events.events.notifications-dlq 1

# the admin may also log in with SCRAM, on the listeners the services and the host use
user admin "$CIVICSPACE_KAFKA_ADMIN_PASSWORD"
user registry-service "$CIVICSPACE_KAFKA_REGISTRY_PASSWORD"
user accreditation-service "$CIVICSPACE_KAFKA_ACCREDITATION_PASSWORD"
user events-service "$CIVICSPACE_KAFKA_EVENTS_PASSWORD"
user reprisals-service "$CIVICSPACE_KAFKA_REPRISALS_PASSWORD"
user notifications-service "$CIVICSPACE_KAFKA_NOTIFICATIONS_PASSWORD"
user gateway "$CIVICSPACE_KAFKA_GATEWAY_PASSWORD"

# registry-service: writes registry.*; consumes accreditation decisions and protection flags
allow registry-service --topic registry. prefixed Write Create Describe
allow registry-service --topic accreditation.accreditations literal Read Describe
allow registry-service --topic reprisals.protection-flags literal Read Describe
allow registry-service --topic accreditation.accreditations.registry-dlq literal Write Create Describe
allow registry-service --topic reprisals.protection-flags.registry-dlq literal Write Create Describe
allow registry-service --group registry-service literal Read

# accreditation-service: writes accreditation.*; consumes organisations and representatives
allow accreditation-service --topic accreditation. prefixed Write Create Describe
allow accreditation-service --topic registry.organizations literal Read Describe
allow accreditation-service --topic registry.representatives literal Read Describe
allow accreditation-service --topic registry.organizations.accreditation-dlq literal Write Create Describe
allow accreditation-service --topic registry.representatives.accreditation-dlq literal Write Create Describe
allow accreditation-service --group accreditation-service literal Read

# events-service: writes events.*; consumes organisations, representatives, accreditation decisions, protection flags
allow events-service --topic events. prefixed Write Create Describe
allow events-service --topic registry.organizations literal Read Describe
allow events-service --topic registry.representatives literal Read Describe
allow events-service --topic accreditation.accreditations literal Read Describe
allow events-service --topic reprisals.protection-flags literal Read Describe
allow events-service --topic registry.organizations.events-dlq literal Write Create Describe
allow events-service --topic registry.representatives.events-dlq literal Write Create Describe
allow events-service --topic accreditation.accreditations.events-dlq literal Write Create Describe
allow events-service --topic reprisals.protection-flags.events-dlq literal Write Create Describe
allow events-service --group events-service literal Read

# reprisals-service: writes reprisals.*; reads back its own audit checkpoints (assigned partitions, no group)
allow reprisals-service --topic reprisals. prefixed Write Create Describe
allow reprisals-service --topic reprisals.audit-checkpoints literal Read Describe

# notifications-service: writes nothing of its own; reads the events it turns into notices and the three public
# topics it sends to webhooks; writes the .notifications-dlq topic of each
allow notifications-service --topic accreditation.applications literal Read Describe
allow notifications-service --topic accreditation.designations literal Read Describe
allow notifications-service --topic events.registrations literal Read Describe
allow notifications-service --topic events.proposals literal Read Describe
allow notifications-service --topic reprisals.cases literal Read Describe
allow notifications-service --topic registry.organizations literal Read Describe
allow notifications-service --topic accreditation.accreditations literal Read Describe
allow notifications-service --topic events.events literal Read Describe
allow notifications-service --topic accreditation.applications.notifications-dlq literal Write Create Describe
allow notifications-service --topic accreditation.designations.notifications-dlq literal Write Create Describe
allow notifications-service --topic events.registrations.notifications-dlq literal Write Create Describe
allow notifications-service --topic events.proposals.notifications-dlq literal Write Create Describe
allow notifications-service --topic reprisals.cases.notifications-dlq literal Write Create Describe
allow notifications-service --topic registry.organizations.notifications-dlq literal Write Create Describe
allow notifications-service --topic accreditation.accreditations.notifications-dlq literal Write Create Describe
allow notifications-service --topic events.events.notifications-dlq literal Write Create Describe
allow notifications-service --group notifications-service literal Read

# gateway: writes nothing; reads the three public topics, each instance in a group gateway-feed-<uuid>
allow gateway --topic registry.organizations literal Read Describe
allow gateway --topic accreditation.accreditations literal Read Describe
allow gateway --topic events.events literal Read Describe
allow gateway --group gateway-feed- prefixed Read

echo "Kafka topics, users and ACLs are in place"
