package org.civicspace.accreditation.groundspass.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.civicspace.accreditation.accreditations.domain.AccreditationStatus;
import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.accreditation.accreditations.persistence.AccreditationEntity;
import org.civicspace.accreditation.groundspass.domain.DesignationStatus;
import org.civicspace.accreditation.groundspass.domain.DutyStation;
import org.civicspace.accreditation.groundspass.domain.GroundsPassPolicy;
import org.civicspace.accreditation.groundspass.domain.PassKind;
import org.civicspace.accreditation.groundspass.messaging.DesignationEvents;
import org.civicspace.accreditation.groundspass.messaging.DesignationEvents.DesignationChange;
import org.civicspace.accreditation.groundspass.persistence.DesignationEntity;
import org.civicspace.accreditation.registry.persistence.RepresentativeRecord;
import org.civicspace.platform.domain.Refused;
import org.civicspace.platform.messaging.EventType;
import org.civicspace.platform.messaging.outbox.Outbox;
import org.civicspace.platform.web.paging.Keyset;
import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.security.Caller;

/**
 * Grounds pass designations. The organisation's accreditation row is locked while a pass is issued, so the quota
 * holds when requests race: one takes the last seat, the other is refused with 409.
 */
@ApplicationScoped
public class Designations {

    /** Newest year first; within a year, in the order issued. */
    private static final Keyset BY_YEAR = Keyset.of(Keyset.descending("year", Integer::valueOf),
            Keyset.ascending("issuedAt", Instant::parse), Keyset.ascending("id", UUID::fromString));

    private final Caller caller;
    private final Outbox outbox;

    public Designations(Caller caller, Outbox outbox) {
        this.caller = caller;
        this.outbox = outbox;
    }

    /** A page of the organisation's designations, of one year or all, newest year first, after {@code cursor}. */
    @Transactional
    public Page<DesignationDetails> list(UUID organizationId, Integer year, int limit, String cursor) {
        requireOwn(organizationId);
        StringBuilder query = new StringBuilder("organizationId = :organization");
        Map<String, Object> parameters = new HashMap<>(Map.of("organization", organizationId));
        if (year != null) {
            query.append(" and year = :year");
            parameters.put("year", year);
        }
        BY_YEAR.after(cursor, parameters).ifPresent(after -> query.append(" and ").append(after));
        List<DesignationEntity> rows = DesignationEntity.<DesignationEntity>find(
                query + " order by " + BY_YEAR.orderBy(), parameters).page(0, limit + 1).list();
        return Page.of(rows, limit, Designations::view, d -> BY_YEAR.cursorOf(d.year, d.issuedAt, d.id));
    }

    @Transactional
    public DesignationDetails designate(UUID organizationId, Designate request) {
        requireOwn(organizationId);
        Track track = request.track();
        PassKind kind = request.kind();
        DutyStation station = request.dutyStation() == null ? DutyStation.NEW_YORK : request.dutyStation();
        LocalDate today = LocalDate.now();
        if (request.year() < today.getYear() || request.year() > today.getYear() + 1) {
            throw Refused.invalid("year", "passes are designated for this year or the next ("
                    + today.getYear() + " or " + (today.getYear() + 1) + ")");
        }
        LocalDate validFrom = LocalDate.of(request.year(), 1, 1).isAfter(today) ? LocalDate.of(request.year(), 1, 1)
                : today;
        LocalDate validTo = LocalDate.of(request.year(), 12, 31);

        AccreditationEntity accreditation = AccreditationEntity.<AccreditationEntity>find(
                "organizationId = ?1 and track = ?2 and status = ?3", organizationId, track,
                AccreditationStatus.ACTIVE).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (accreditation == null) {
            throw Refused.conflict("no-active-accreditation", "No active accreditation",
                    "Grounds passes are for organisations with an active " + track + " accreditation.");
        }
        RepresentativeRecord representative = RepresentativeRecord.findById(request.representativeId());
        if (representative == null || !representative.organizationId.equals(organizationId)) {
            throw Refused.invalid("representativeId", "not a representative of this organisation in the "
                    + "registry");
        }
        if (representative.endDate != null && representative.endDate.isBefore(validFrom)) {
            throw Refused.invalid("representativeId", "this membership ended on " + representative.endDate);
        }
        if (DesignationEntity.count("accreditationId = ?1 and representativeId = ?2 and year = ?3 and dutyStation = ?4"
                + " and status = ?5", accreditation.id, representative.id, request.year(), station,
                DesignationStatus.ISSUED) > 0) {
            throw Refused.conflict("This representative already holds a " + request.year() + " pass for "
                    + station + ".");
        }
        Map<PassKind, Integer> issued = new EnumMap<>(PassKind.class);
        DesignationEntity.<DesignationEntity>find("accreditationId = ?1 and year = ?2 and dutyStation = ?3 and "
                + "status = ?4", accreditation.id, request.year(), station, DesignationStatus.ISSUED).stream()
                .forEach(d -> issued.merge(d.kind, 1, Integer::sum));

        GroundsPassPolicy.Decision decision = GroundsPassPolicy.decide(track, kind, station,
                representative.dateOfBirth, validFrom, issued);
        if (decision instanceof GroundsPassPolicy.Decision.Declined declined) {
            throw new Refused(declined.refusal());
        }
        DesignationEntity designation = new DesignationEntity();
        designation.id = UUID.randomUUID();
        designation.accreditationId = accreditation.id;
        designation.organizationId = organizationId;
        designation.representativeId = representative.id;
        designation.year = request.year();
        designation.dutyStation = station;
        designation.kind = kind;
        designation.status = DesignationStatus.ISSUED;
        designation.validFrom = validFrom;
        designation.validTo = validTo;
        designation.issuedBy = caller.subject();
        designation.issuedAt = Instant.now();
        designation.persist();
        publish(DesignationEvents.DESIGNATION_ISSUED, designation, track, designation.issuedAt);
        return view(designation);
    }

    @Transactional
    public DesignationDetails revoke(UUID organizationId, UUID designationId, String reason) {
        requireOwn(organizationId);
        DesignationEntity designation = DesignationEntity.findById(designationId);
        if (designation == null || !designation.organizationId.equals(organizationId)) {
            throw Refused.notFound("designation", designationId);
        }
        if (designation.status != DesignationStatus.ISSUED) {
            throw Refused.conflict("This pass was revoked on " + designation.revokedAt + ".");
        }
        AccreditationEntity accreditation = AccreditationEntity.findById(designation.accreditationId);
        revoke(designation, accreditation.track, reason);
        return view(designation);
    }

    /** Revokes every pass of an accreditation, in the caller's transaction (suspension, withdrawal). */
    @Transactional(TxType.MANDATORY)
    public void revokeAll(AccreditationEntity accreditation, String reason) {
        DesignationEntity.<DesignationEntity>find("accreditationId = ?1 and status = ?2", accreditation.id,
                DesignationStatus.ISSUED).stream()
                .forEach(d -> revoke(d, accreditation.track, reason));
    }

    private void revoke(DesignationEntity designation, Track track, String reason) {
        designation.status = DesignationStatus.REVOKED;
        designation.revokedAt = Instant.now();
        designation.revocationReason = reason;
        publish(DesignationEvents.DESIGNATION_REVOKED, designation, track, designation.revokedAt);
    }

    private void publish(EventType type, DesignationEntity d, Track track, Instant at) {
        outbox.append(type, d.organizationId, new DesignationChange(d.id, d.organizationId, d.representativeId,
                track, d.year, d.dutyStation, d.kind, d.validFrom, d.validTo, at));
    }

    /** Designations name people: only their organisation and staff see them; to others they do not exist. */
    private void requireOwn(UUID organizationId) {
        if (!caller.mayActFor(organizationId)) {
            throw Refused.notFound("organization", organizationId);
        }
    }

    private static DesignationDetails view(DesignationEntity d) {
        return new DesignationDetails(d.id, d.organizationId, d.representativeId, d.kind.track(), d.year,
                d.dutyStation, d.kind, d.status, d.validFrom, d.validTo, d.issuedAt, d.revokedAt);
    }
}
