package org.civicspace.reprisals.casefile.domain;

import java.util.UUID;

/** The only facts about a case that may leave the service: no name, no place finer than a country, no text. */
public record CaseFacts(UUID caseId, String country, ActType actType, RiskLevel riskLevel, CaseStatus status) {
}
