package org.civicspace.notifications.notice.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.civicspace.testing.EventSchemas;
import org.civicspace.testing.TopicWriter;

/**
 * The other services' events as their producers publish them: on their topic, with their Kafka credentials and
 * CloudEvents source, the data checked against the producer's own JSON Schema before it is sent.
 */
final class DomainEvents {

    /** cso-rep's organisation (the org_id attribute in deploy/keycloak/civicspace-realm.json). */
    static final UUID CSO_REP_ORGANIZATION = UUID.fromString("7d9f3c2a-5b1e-4f8a-9c6d-2e4b8a1f3c5d");
    static final String CSO_REP_ADDRESS = "cso-rep@demo.civicspace.local";

    private DomainEvents() {
    }

    static String applicationEvent(String fact, UUID applicationId, UUID organizationId) {
        String state = fact.equals("question-raised") ? "questions-raised" : fact;
        return publish("accreditation-service", "accreditation.applications", applicationId,
                "org.civicspace.accreditation.application." + fact + ".v1", """
                {"applicationId":"%s","organizationId":"%s","track":"ecosoc","requestedCategory":"special",
                 "state":"%s","sessionId":null,"memberState":null,"deferralCount":0,"occurredAt":"%s"}"""
                        .formatted(applicationId, organizationId, state, Instant.now()));
    }

    /** A committee question as accreditation-service publishes it now, with the question and its answer's due date. */
    static String questionRaised(UUID applicationId, UUID organizationId, LocalDate responseDue) {
        return publish("accreditation-service", "accreditation.applications", applicationId,
                "org.civicspace.accreditation.application.question-raised.v1", """
                {"applicationId":"%s","organizationId":"%s","track":"ecosoc","requestedCategory":"special",
                 "state":"questions-raised","sessionId":"%s","memberState":"CU","deferralCount":0,"occurredAt":"%s",
                 "questionId":"%s","responseDue":"%s"}""".formatted(applicationId, organizationId, UUID.randomUUID(),
                        Instant.now(), UUID.randomUUID(), responseDue));
    }

    static String registrationEvent(String fact, UUID registrationId, UUID eventId, UUID organizationId) {
        return registrationEvent(UUID.randomUUID().toString(), fact, registrationId, eventId, organizationId);
    }

    static String registrationEvent(String id, String fact, UUID registrationId, UUID eventId, UUID organizationId) {
        String status = fact.equals("promoted") ? "confirmed" : fact;
        String data = """
                {"registrationId":"%s","eventId":"%s","organizationId":"%s","representativeId":"%s",
                 "status":"%s","reason":null,"occurredAt":"%s"}""".formatted(registrationId, eventId, organizationId,
                UUID.randomUUID(), status, Instant.now());
        return publish("events-service", "events.registrations", registrationId, id,
                "org.civicspace.events.registration." + fact + ".v1", data, true);
    }

    static String proposalAccepted(UUID proposalId, UUID organizationId, UUID eventId) {
        return publish("events-service", "events.proposals", proposalId,
                "org.civicspace.events.proposal.accepted.v1", """
                {"proposalId":"%s","organizationId":"%s","eventId":"%s","occurredAt":"%s"}"""
                        .formatted(proposalId, organizationId, eventId, Instant.now()));
    }

    static String caseEvent(String fact, UUID caseId, String country, String actType, String riskLevel) {
        return publish("reprisals-service", "reprisals.cases", caseId,
                "org.civicspace.reprisals.case." + fact + ".v1", """
                {"caseId":"%s","country":"%s","actType":"%s","riskLevel":"%s","status":"assessed"}"""
                        .formatted(caseId, country, actType, riskLevel));
    }

    /** An overdue first response as reprisals-service publishes it now, naming the officers assigned to the case. */
    static String firstResponseOverdue(UUID caseId, String country, String actType, List<String> assignedOfficers) {
        String officers = assignedOfficers.stream().map(o -> '"' + o + '"').collect(Collectors.joining(","));
        return publish("reprisals-service", "reprisals.cases", caseId,
                "org.civicspace.reprisals.case.first-response-overdue.v1", """
                {"caseId":"%s","country":"%s","actType":"%s","riskLevel":"critical","status":"assessed",
                 "assignedOfficers":[%s]}""".formatted(caseId, country, actType, officers));
    }

    /** Sends data that breaks its type's schema (no organisation): it must be dead-lettered. */
    static String malformed(String type, String topic, UUID key, String data) {
        return publish(topic.startsWith("events.") ? "events-service" : "accreditation-service", topic, key,
                UUID.randomUUID().toString(), type, data, false);
    }

    private static String publish(String producer, String topic, UUID key, String type, String data) {
        return publish(producer, topic, key, UUID.randomUUID().toString(), type, data, true);
    }

    private static String publish(String producer, String topic, UUID key, String id, String type, String data,
            boolean valid) {
        if (valid) {
            assertThat(EventSchemas.violations(type, data)).as("the producer's schema of " + type).isEmpty();
        }
        try (TopicWriter writer = new TopicWriter(producer)) {
            writer.sendCloudEvent(topic, key.toString(), id, "/civicspace/" + topic.substring(0, topic.indexOf('.')),
                    type, data);
        }
        return id;
    }
}
