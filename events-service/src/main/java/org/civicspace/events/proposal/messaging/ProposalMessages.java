package org.civicspace.events.proposal.messaging;

import java.time.Instant;
import java.util.UUID;

import org.civicspace.platform.messaging.EventType;

/**
 * The CloudEvents this service publishes about briefing proposals, with their wire format; the type has a JSON Schema
 * under {@code events/}.
 */
public final class ProposalMessages {

    /** Briefing proposals; key = proposal id. */
    public static final String TOPIC = "events.proposals";

    public static final EventType ACCEPTED = new EventType("org.civicspace.events.proposal.accepted.v1", TOPIC);

    private ProposalMessages() {
    }

    /** Data of {@code proposal.accepted}: the draft meeting it became, as {@code eventId}. */
    public record ProposalAccepted(UUID proposalId, UUID organizationId, UUID eventId, Instant occurredAt) {
    }
}
