package org.civicspace.reprisals.audit.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One audit entry's content: who did what to which case, for which stated purpose, with what outcome. Identifiers
 * and closed lists only, never personal data of the people concerned.
 */
public record AuditRecord(long sequence, Instant at, String actor, String action, UUID caseId, String purpose,
        String outcome) {
}
