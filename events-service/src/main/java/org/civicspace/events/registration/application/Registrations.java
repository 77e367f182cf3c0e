package org.civicspace.events.registration.application;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.civicspace.events.meeting.domain.MeetingStatus;
import org.civicspace.events.meeting.persistence.MeetingEntity;
import org.civicspace.events.registration.domain.EventSeats;
import org.civicspace.events.registration.domain.EventSeats.Admission;
import org.civicspace.events.registration.domain.EventSeats.Admitted;
import org.civicspace.events.registration.domain.EventSeats.Applicant;
import org.civicspace.events.registration.domain.EventSeats.Claim;
import org.civicspace.events.registration.domain.EventSeats.Refused;
import org.civicspace.events.registration.domain.EventSeats.Release;
import org.civicspace.events.registration.domain.EventSeats.Released;
import org.civicspace.events.registration.domain.RegistrationStatus;
import org.civicspace.events.registration.domain.SeatPolicy.Seats;
import org.civicspace.events.registration.domain.SeatPolicy.Waiting;
import org.civicspace.events.registration.messaging.RegistrationMessages;
import org.civicspace.events.registration.messaging.RegistrationMessages.RegistrationChange;
import org.civicspace.events.registration.persistence.InvitationEntity;
import org.civicspace.events.registration.persistence.RegistrationEntity;
import org.civicspace.events.registry.domain.PublicNaming;
import org.civicspace.events.registry.domain.PublicNaming.Audience;
import org.civicspace.events.registry.persistence.ProtectionFlag;
import org.civicspace.events.registry.persistence.RepresentativeRecord;
import org.civicspace.platform.messaging.EventType;
import org.civicspace.platform.messaging.outbox.Outbox;
import org.civicspace.platform.web.problem.ProblemException;
import org.civicspace.platform.web.security.Caller;

/**
 * Registration, the waiting list and attendance. Every change to an event's seats locks the event's row first, so
 * concurrent requests are served one after the other: never more confirmed than the capacity, and a freed seat
 * goes to the first person on the waiting list who may take it.
 */
@ApplicationScoped
public class Registrations {

    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Caller caller;
    private final Outbox outbox;

    public Registrations(Caller caller, Outbox outbox) {
        this.caller = caller;
        this.outbox = outbox;
    }

    @Transactional
    public Registration register(UUID eventId, NewRegistration request) {
        RepresentativeRecord person = RepresentativeRecord.findById(request.representativeId());
        if (person == null) {
            throw ProblemException.invalid("representativeId", "not a representative known to the registry");
        }
        caller.requireActingFor(person.organizationId);
        MeetingEntity event = locked(eventId);
        Instant now = Instant.now();
        boolean alreadyRegistered = RegistrationEntity.count("eventId = ?1 and representativeId = ?2 and status in ?3",
                eventId, person.id, RegistrationStatus.LIVE) > 0;
        long fromOrganization = RegistrationEntity.count("eventId = ?1 and organizationId = ?2 and status in ?3",
                eventId, person.organizationId, RegistrationStatus.LIVE);
        UUID id = UUID.randomUUID();
        Admission admission = seatsOf(event).register(id, new Applicant(person.dateOfBirth, person.endDate,
                alreadyRegistered, fromOrganization), now, LocalDate.now());
        if (admission instanceof Refused refused) {
            throw SeatRefusals.problem(refused.refusal());
        }
        InvitationEntity invitation = null;
        if (event.invitationOnly) {
            invitation = InvitationEntity.<InvitationEntity>find("eventId = ?1 and code = ?2", eventId,
                    request.invitationCode() == null ? "" : request.invitationCode()).firstResult();
            if (invitation == null || !invitation.email.equalsIgnoreCase(request.email())) {
                throw new ProblemException(403, "invitation-required", "Invitation required",
                        "This event is by invitation; the invitation code must be the one sent to this e-mail "
                                + "address.");
            }
            if (invitation.usedBy != null) {
                throw ProblemException.conflict("This invitation was already used.");
            }
        }
        Admitted admitted = (Admitted) admission;
        RegistrationEntity registration = new RegistrationEntity();
        registration.id = id;
        registration.eventId = eventId;
        registration.organizationId = person.organizationId;
        registration.representativeId = person.id;
        registration.fullName = request.fullName().strip();
        registration.email = request.email().strip();
        registration.youth = admitted.youth();
        registration.status = admitted.status();
        registration.queuedAt = now;
        registration.checkInCode = checkInCode();
        registration.registeredBy = caller.subject();
        registration.statusChangedAt = now;
        registration.persist();
        if (invitation != null) {
            invitation.usedBy = registration.id;
        }
        RegistrationEntity.getEntityManager().flush();
        publish(registration.status == RegistrationStatus.CONFIRMED ? RegistrationMessages.CONFIRMED
                : RegistrationMessages.WAITLISTED, registration, null);
        return view(registration, true, position(registration));
    }

    @Transactional
    public Registration cancel(UUID eventId, UUID registrationId, String reason) {
        RegistrationEntity registration = RegistrationEntity.findById(registrationId);
        if (registration == null || !registration.eventId.equals(eventId)
                || !caller.mayActFor(registration.organizationId)) {
            throw ProblemException.notFound("registration", registrationId);
        }
        Release release = seatsOf(locked(eventId)).cancel(claim(registration));
        if (release instanceof Refused refused) {
            throw SeatRefusals.problem(refused.refusal());
        }
        cancel(registration, reason);
        promote(((Released) release).promoted());
        return view(registration, true, null);
    }

    /** Staff invite one e-mail address to an invitation-only event; the code travels to that address. */
    @Transactional
    public Invitation invite(UUID eventId, String email) {
        requireStaff();
        MeetingEntity event = MeetingEntity.findById(eventId);
        if (event == null) {
            throw ProblemException.notFound("event", eventId);
        }
        if (!event.invitationOnly) {
            throw ProblemException.conflict("This event is open to registration; it takes no invitations.");
        }
        if (InvitationEntity.count("eventId = ?1 and lower(email) = ?2", eventId, email.strip().toLowerCase()) > 0) {
            throw ProblemException.conflict("This address is already invited.");
        }
        InvitationEntity invitation = new InvitationEntity();
        invitation.id = UUID.randomUUID();
        invitation.eventId = eventId;
        invitation.email = email.strip();
        invitation.code = checkInCode() + checkInCode();
        invitation.createdAt = Instant.now();
        invitation.persist();
        return new Invitation(invitation.id, invitation.email, invitation.code);
    }

    /** Staff record attendance from the badge's check-in code. */
    @Transactional
    public Registration checkIn(UUID eventId, String code) {
        requireStaff();
        RegistrationEntity registration = RegistrationEntity.<RegistrationEntity>find("eventId = ?1 and "
                + "checkInCode = ?2", eventId, code.strip().toUpperCase()).firstResult();
        if (registration == null) {
            throw ProblemException.notFound("registration with check-in code", code);
        }
        locked(eventId);
        RegistrationStatus status = registration.status;
        if (status == RegistrationStatus.ATTENDED) {
            return view(registration, true, null); // the same badge scanned twice
        }
        if (status != RegistrationStatus.CONFIRMED) {
            throw ProblemException.conflict("This registration is " + status.code() + ", not confirmed.");
        }
        change(registration, RegistrationStatus.ATTENDED);
        publish(RegistrationMessages.ATTENDANCE_RECORDED, registration, null);
        return view(registration, true, null);
    }

    /**
     * The participants: all of them for staff and the leading organisation, the caller's own organisation's
     * otherwise; up to {@code limit} in the order they were made, after the position ({@code sequence}, {@code id})
     * of the last one a page showed. Staff and each registrant's own organisation see the names entered; the leading
     * organisation sees another organisation's registrant by name only as {@link PublicNaming} allows, and without a
     * name otherwise. A waitlisted registration's position counts the waitlisted the caller may see.
     */
    @Transactional
    public List<Listed> list(UUID eventId, Optional<Long> afterSequence, Optional<UUID> afterId, int limit) {
        MeetingEntity event = MeetingEntity.findById(eventId);
        if (event == null) {
            throw ProblemException.notFound("event", eventId);
        }
        boolean all = caller.isStaff() || (event.leadOrganizationId != null
                && caller.organizationId().filter(event.leadOrganizationId::equals).isPresent());
        UUID own = caller.organizationId().orElse(null);
        if (!all && own == null) {
            throw ProblemException.forbidden("Only staff, the leading organisation and registrants' organisations "
                    + "see registrations.");
        }
        String scope = all ? "r.eventId = :event" : "r.eventId = :event and r.organizationId = :own";
        String after = afterSequence.isPresent()
                ? " and (r.sequence > :sequence or (r.sequence = :sequence and r.id > :id))" : "";
        var typed = RegistrationEntity.getEntityManager().createQuery("from RegistrationEntity r where " + scope
                + after + " order by r.sequence, r.id", RegistrationEntity.class)
                .setParameter("event", eventId).setMaxResults(limit);
        if (!all) {
            typed.setParameter("own", own);
        }
        afterSequence.ifPresent(sequence -> typed.setParameter("sequence", sequence)
                .setParameter("id", afterId.orElseThrow()));
        List<RegistrationEntity> registrations = typed.getResultList();
        int waitingAhead = waitingBefore(registrations, scope, eventId, all ? null : own);
        List<Listed> listed = new ArrayList<>(registrations.size());
        for (RegistrationEntity r : registrations) {
            Integer position = r.status == RegistrationStatus.WAITLISTED ? ++waitingAhead : null;
            listed.add(new Listed(r.sequence,
                    view(r, caller.mayActFor(r.organizationId), position, shownName(r))));
        }
        return listed;
    }

    /** A registration as listed, with its place in the order they were made, which pages read on from. */
    public record Listed(long sequence, Registration registration) {
    }

    /** How many waitlisted the caller may see come before the first of {@code page} (none when none is waitlisted). */
    private static int waitingBefore(List<RegistrationEntity> page, String scope, UUID eventId, UUID own) {
        if (page.stream().noneMatch(r -> r.status == RegistrationStatus.WAITLISTED)) {
            return 0;
        }
        var count = RegistrationEntity.getEntityManager().createQuery("select count(r) from RegistrationEntity r "
                + "where " + scope + " and r.status = :waitlisted and r.sequence < :first", Long.class)
                .setParameter("event", eventId).setParameter("waitlisted", RegistrationStatus.WAITLISTED)
                .setParameter("first", page.get(0).sequence);
        if (own != null) {
            count.setParameter("own", own);
        }
        return Math.toIntExact(count.getSingleResult());
    }

    /** Cancels every live registration of an event that is cancelled (each registrant is told by an event). */
    public void cancelAll(MeetingEntity event, String reason) {
        RegistrationEntity.<RegistrationEntity>find("eventId = ?1 and status in ?2 order by sequence", event.id,
                RegistrationStatus.ACTIVE).list().forEach(r -> cancel(r, reason));
    }

    /** Marks the confirmed who never checked in as no-shows, when an event is completed. */
    public void markNoShows(MeetingEntity event) {
        RegistrationEntity.<RegistrationEntity>find("eventId = ?1 and status = ?2", event.id,
                RegistrationStatus.CONFIRMED).list().forEach(r -> change(r, RegistrationStatus.NO_SHOW));
        RegistrationEntity.<RegistrationEntity>find("eventId = ?1 and status = ?2", event.id,
                RegistrationStatus.WAITLISTED).list().forEach(r -> cancel(r, "event completed"));
    }

    /**
     * Cancels an organisation's registrations for events that have not started, in the caller's transaction (its
     * accreditation was withdrawn), and promotes from each event's waiting list.
     */
    public void cancelFutureRegistrationsOf(UUID organizationId, String reason) {
        List<UUID> events = RegistrationEntity.getEntityManager().createQuery("""
                select distinct r.eventId from RegistrationEntity r, MeetingEntity e
                 where e.id = r.eventId and r.organizationId = :organization and r.status in :active
                   and e.startsAt > :now
                """, UUID.class).setParameter("organization", organizationId)
                .setParameter("active", RegistrationStatus.ACTIVE).setParameter("now", Instant.now())
                .getResultList();
        for (UUID eventId : events.stream().sorted().toList()) {
            EventSeats seats = seatsOf(locked(eventId));
            List<RegistrationEntity> active = RegistrationEntity.<RegistrationEntity>find(
                    "eventId = ?1 and organizationId = ?2 and status in ?3", eventId, organizationId,
                    RegistrationStatus.ACTIVE).list();
            Released released = (Released) seats.cancel(active.stream().map(Registrations::claim).toList());
            active.forEach(r -> cancel(r, reason));
            promote(released.promoted());
        }
    }

    /** Confirms the registrations {@link EventSeats} promoted, in its order, each with its event. */
    private void promote(List<UUID> promoted) {
        for (UUID id : promoted) {
            RegistrationEntity registration = RegistrationEntity.findById(id);
            change(registration, RegistrationStatus.CONFIRMED);
            RegistrationEntity.getEntityManager().flush();
            publish(RegistrationMessages.PROMOTED, registration, null);
        }
    }

    private void cancel(RegistrationEntity registration, String reason) {
        change(registration, RegistrationStatus.CANCELLED);
        registration.cancellationReason = reason;
        RegistrationEntity.getEntityManager().flush();
        publish(RegistrationMessages.CANCELLED, registration, reason);
    }

    private static void change(RegistrationEntity registration, RegistrationStatus status) {
        registration.status = status;
        registration.statusChangedAt = Instant.now();
    }

    /** The event's seats as they are taken now. */
    public static Seats seats(MeetingEntity event) {
        Object[] counts = (Object[]) RegistrationEntity.getEntityManager().createQuery("""
                select count(r), coalesce(sum(case when r.youth then 0 else 1 end), 0) from RegistrationEntity r
                 where r.eventId = :event and r.status in :seated
                """).setParameter("event", event.id).setParameter("seated", RegistrationStatus.SEATED)
                .getSingleResult();
        return new Seats(event.capacity, event.youthSharePercent, ((Number) counts[0]).intValue(),
                ((Number) counts[1]).intValue());
    }

    /** The meeting's seats, as they are taken now, with its waiting list, for a decision on them. */
    public static EventSeats seatsOf(MeetingEntity meeting) {
        Seats taken = seats(meeting);
        List<Waiting<UUID>> waiting = RegistrationEntity.getEntityManager().createQuery("""
                select r.id, r.youth from RegistrationEntity r
                 where r.eventId = :event and r.status = :waitlisted order by r.sequence
                """, Object[].class).setParameter("event", meeting.id)
                .setParameter("waitlisted", RegistrationStatus.WAITLISTED).getResultStream()
                .map(row -> new Waiting<>((UUID) row[0], (Boolean) row[1])).toList();
        return new EventSeats(new EventSeats.Settings(meeting.status, meeting.registrationOpensAt,
                meeting.registrationClosesAt, LocalDate.ofInstant(meeting.startsAt, ZoneId.of(meeting.timeZone)),
                meeting.capacity, meeting.youthSharePercent, meeting.perOrganizationLimit), taken.confirmed(),
                taken.confirmedNonYouth(), waiting);
    }

    private static Claim claim(RegistrationEntity registration) {
        return new Claim(registration.id, registration.status, registration.youth);
    }

    private static MeetingEntity locked(UUID eventId) {
        MeetingEntity event = MeetingEntity.findById(eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            throw ProblemException.notFound("event", eventId);
        }
        return event;
    }

    private static Integer position(RegistrationEntity registration) {
        if (registration.status != RegistrationStatus.WAITLISTED) {
            return null;
        }
        return (int) RegistrationEntity.count("eventId = ?1 and status = ?2 and sequence <= ?3",
                registration.eventId, RegistrationStatus.WAITLISTED, registration.sequence);
    }

    private void publish(EventType type, RegistrationEntity r, String reason) {
        outbox.append(type, r.eventId, new RegistrationChange(r.id, r.eventId, r.organizationId, r.representativeId,
                r.status, reason, r.statusChangedAt));
    }

    private void requireStaff() {
        if (!caller.isStaff()) {
            throw ProblemException.forbidden("Only DGC staff record attendance.");
        }
    }

    private static String checkInCode() {
        StringBuilder code = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** The registrant's name as the caller may see it, or null ("not named"). */
    private String shownName(RegistrationEntity r) {
        Audience audience = caller.isStaff() ? Audience.STAFF
                : caller.mayActFor(r.organizationId) ? Audience.ENTERING_ORGANIZATION : Audience.OTHERS;
        if (audience != Audience.OTHERS) {
            return r.fullName;
        }
        RepresentativeRecord person = RepresentativeRecord.findById(r.representativeId);
        boolean chose = person != null && person.publiclyNamed;
        return PublicNaming.mayName(audience, chose, ProtectionFlag.anyFlagged(r.representativeId, r.organizationId))
                ? r.fullName : null;
    }

    /** A registration as the organisation that made it (or staff) sees it. */
    private static Registration view(RegistrationEntity r, boolean withCode, Integer position) {
        return view(r, withCode, position, r.fullName);
    }

    private static Registration view(RegistrationEntity r, boolean withCode, Integer position, String name) {
        return new Registration(r.id, r.eventId, r.organizationId, r.representativeId, name, r.status, r.youth,
                position, withCode ? r.checkInCode : null, r.statusChangedAt);
    }
}
