package org.civicspace.events.meeting.domain;

import java.util.UUID;

/**
 * A speaker of a conference session. {@code registryId} names the person (a registry representative) or, without
 * one, nobody in particular; it is what a protection flag matches.
 */
public record Speaker(String name, UUID organizationId, UUID registryId) {
}
