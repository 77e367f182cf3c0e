package org.civicspace.accreditation.groundspass.application;

import java.util.UUID;

import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.accreditation.groundspass.domain.DutyStation;
import org.civicspace.accreditation.groundspass.domain.PassKind;

/** Designate a representative for a grounds pass of a calendar year; without a duty station, New York. */
public record Designate(Track track, UUID representativeId, int year, DutyStation dutyStation, PassKind kind) {
}
