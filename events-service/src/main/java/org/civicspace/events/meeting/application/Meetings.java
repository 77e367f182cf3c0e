package org.civicspace.events.meeting.application;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.civicspace.events.meeting.domain.MeetingKind;
import org.civicspace.events.meeting.domain.MeetingListing;
import org.civicspace.events.meeting.domain.MeetingPeriod;
import org.civicspace.events.meeting.domain.MeetingStatus;
import org.civicspace.events.meeting.domain.Speaker;
import org.civicspace.events.meeting.domain.StaffOnlySettings;
import org.civicspace.events.meeting.domain.UnLanguage;
import org.civicspace.events.meeting.domain.VenueMode;
import org.civicspace.events.meeting.messaging.MeetingMessages;
import org.civicspace.events.meeting.messaging.MeetingMessages.MeetingChange;
import org.civicspace.events.meeting.persistence.MeetingEntity;
import org.civicspace.events.meeting.persistence.MeetingSessionEntity;
import org.civicspace.events.registration.application.Registrations;
import org.civicspace.events.registration.application.SeatRefusals;
import org.civicspace.events.registration.domain.EventSeats;
import org.civicspace.events.registration.domain.EventSeats.Refused;
import org.civicspace.events.registration.domain.RegistrationStatus;
import org.civicspace.events.registration.domain.SeatPolicy.Seats;
import org.civicspace.events.registration.persistence.RegistrationEntity;
import org.civicspace.events.registry.domain.PublicNaming;
import org.civicspace.events.registry.domain.PublicNaming.Audience;
import org.civicspace.events.registry.persistence.ProtectionFlag;
import org.civicspace.events.registry.persistence.RepresentativeRecord;
import org.civicspace.platform.messaging.EventType;
import org.civicspace.platform.messaging.outbox.Outbox;
import org.civicspace.platform.web.http.EntityTags;
import org.civicspace.platform.web.problem.ProblemException;
import org.civicspace.platform.web.security.Caller;

/**
 * Events: drafted by staff (or the CSO whose proposal was accepted), published, rescheduled, completed or
 * cancelled; cancelling cancels every registration and tells each registrant through an event.
 */
@ApplicationScoped
public class Meetings {

    private final Caller caller;
    private final Outbox outbox;
    private final Registrations registrations;

    public Meetings(Caller caller, Outbox outbox, Registrations registrations) {
        this.caller = caller;
        this.outbox = outbox;
        this.registrations = registrations;
    }

    @Transactional
    public VersionedMeeting create(MeetingDetails details) {
        requireStaff();
        MeetingEntity event = new MeetingEntity();
        event.id = UUID.randomUUID();
        event.status = MeetingStatus.DRAFT;
        event.createdAt = Instant.now();
        apply(event, details);
        event.persist();
        return flushed(event);
    }

    /** A draft led by a CSO, from its accepted proposal; staff complete and publish it. */
    public MeetingEntity draftFromProposal(UUID proposalId, UUID organizationId, MeetingKind kind, String title,
            UnLanguage language, Instant startsAt) {
        MeetingEntity event = new MeetingEntity();
        event.id = UUID.randomUUID();
        event.kind = kind;
        event.titles = new LinkedHashMap<>(Map.of(language.code(), title));
        event.startsAt = startsAt;
        event.endsAt = startsAt.plusSeconds(2 * 3600);
        event.timeZone = "America/New_York";
        event.venueMode = VenueMode.IN_PERSON;
        event.venue = "UN Headquarters, New York (room to be confirmed)";
        event.status = MeetingStatus.DRAFT;
        event.capacity = 100;
        event.registrationOpensAt = Instant.now();
        event.registrationClosesAt = startsAt;
        event.perOrganizationLimit = 5;
        event.leadOrganizationId = organizationId;
        event.proposalId = proposalId;
        event.createdAt = Instant.now();
        event.updatedAt = event.createdAt;
        event.persist();
        return event;
    }

    @Transactional
    public VersionedMeeting update(UUID id, String ifMatch, MeetingDetails details) {
        MeetingEntity event = find(id);
        requireOrganizer(event);
        EntityTags.requireMatch(ifMatch, event.version);
        MeetingStatus status = event.status;
        if (status != MeetingStatus.DRAFT && status != MeetingStatus.PUBLISHED) {
            throw ProblemException.conflict("A " + status + " event cannot be changed.");
        }
        if (status == MeetingStatus.PUBLISHED && !caller.isStaff()) {
            throw ProblemException.forbidden("Only staff change a published event.");
        }
        MeetingDetails effective = caller.isStaff() ? details : withinLeadersShare(event, details);
        Instant startsBefore = event.startsAt;
        Instant endsBefore = event.endsAt;
        EventSeats seats = Registrations.seatsOf(event);
        apply(event, effective);
        if (seats.changeCapacity(event.capacity, event.youthSharePercent) instanceof Refused refused) {
            throw SeatRefusals.problem(refused.refusal());
        }
        if (status == MeetingStatus.PUBLISHED && (!event.startsAt.equals(startsBefore) || !event.endsAt.equals(endsBefore))) {
            publish(MeetingMessages.RESCHEDULED, event);
        }
        return flushed(event);
    }

    /**
     * The leading CSO's change of its draft, refused (403, naming the settings) when it would change what only staff
     * decide; the staff-only settings it leaves out stay as they are.
     */
    private static MeetingDetails withinLeadersShare(MeetingEntity event, MeetingDetails details) {
        StaffOnlySettings current = staffOnlySettings(event);
        List<String> changed = current.changedBy(new StaffOnlySettings(details.kind(), details.capacity(),
                details.perOrganizationLimit(), details.youthSharePercent(), details.invitationOnly(),
                details.registrationOpensAt(), details.registrationClosesAt()));
        if (!changed.isEmpty()) {
            throw new ProblemException(403, "forbidden", "Forbidden", "Only DGC staff change an event's "
                    + String.join(", ", changed) + "; the leading organisation edits the rest of its draft.",
                    Map.of("fields", changed));
        }
        return new MeetingDetails(current.kind(), details.titles(), details.descriptions(), details.startsAt(),
                details.endsAt(), details.timeZone(), details.venueMode(), details.venue(), details.onlineUrl(),
                details.interpretationLanguages(), details.accessibilityNotes(), current.capacity(),
                current.registrationOpensAt(), current.registrationClosesAt(), current.perOrganizationLimit(),
                current.youthSharePercent(), current.invitationOnly());
    }

    private static StaffOnlySettings staffOnlySettings(MeetingEntity event) {
        return new StaffOnlySettings(event.kind, event.capacity, event.perOrganizationLimit, event.youthSharePercent,
                event.invitationOnly, event.registrationOpensAt, event.registrationClosesAt);
    }

    @Transactional
    public VersionedMeeting publish(UUID id) {
        requireStaff();
        MeetingEntity event = find(id);
        move(event, MeetingStatus.PUBLISHED);
        publish(MeetingMessages.PUBLISHED, event);
        return flushed(event);
    }

    @Transactional
    public VersionedMeeting cancel(UUID id, String reason) {
        requireStaff();
        MeetingEntity event = MeetingEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            throw ProblemException.notFound("event", id);
        }
        move(event, MeetingStatus.CANCELLED);
        event.cancellationReason = reason;
        registrations.cancelAll(event, "event cancelled: " + reason);
        publish(MeetingMessages.CANCELLED, event);
        return flushed(event);
    }

    @Transactional
    public VersionedMeeting complete(UUID id) {
        requireStaff();
        MeetingEntity event = MeetingEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            throw ProblemException.notFound("event", id);
        }
        MeetingStatus current = event.status;
        if (current.mayMoveTo(MeetingStatus.COMPLETED) && Instant.now().isBefore(event.startsAt)) {
            throw ProblemException.conflict("The event has not started yet (" + event.startsAt + ").");
        }
        move(event, MeetingStatus.COMPLETED);
        registrations.markNoShows(event);
        return flushed(event);
    }

    @Transactional
    public VersionedMeeting addSession(UUID id, NewSession request) {
        MeetingEntity event = find(id);
        requireOrganizer(event);
        if (event.kind != MeetingKind.CONFERENCE) {
            throw ProblemException.conflict("Only a conference has a programme of sessions.");
        }
        ZoneId zone = ZoneId.of(event.timeZone);
        MeetingSessionEntity session = new MeetingSessionEntity();
        session.id = UUID.randomUUID();
        session.eventId = id;
        session.title = request.title().strip();
        session.startsAt = request.startsAt().atZone(zone).toInstant();
        session.endsAt = request.endsAt().atZone(zone).toInstant();
        if (!session.endsAt.isAfter(session.startsAt)) {
            throw ProblemException.invalid("endsAt", "must be after startsAt");
        }
        if (session.startsAt.isBefore(event.startsAt) || session.endsAt.isAfter(event.endsAt)) {
            throw ProblemException.invalid("startsAt", "the session must fall within the conference");
        }
        session.room = request.room();
        session.speakers = new ArrayList<>(request.speakers().stream()
                .map(s -> new Speaker(s.name().strip(), s.organizationId(), s.registryId())).toList());
        session.persist();
        event.updatedAt = Instant.now();
        return flushed(event);
    }

    /** Drafts only to staff and the leading organisation; everything else is public. */
    @Transactional
    public VersionedMeeting get(UUID id) {
        return versioned(readable(id));
    }

    /**
     * The event, if the caller may read it: a draft only staff and the leading organisation may, and to anyone else
     * it is not found, exactly as an event that does not exist. What is read about an event (its survey results)
     * goes through here, so that it answers as reading the event does.
     */
    public MeetingEntity readable(UUID id) {
        MeetingEntity event = find(id);
        if (event.status == MeetingStatus.DRAFT && !mayOrganize(event)) {
            throw ProblemException.notFound("event", id);
        }
        return event;
    }

    /**
     * Up to {@code limit} events of {@code listing} after the position ({@code startsAt}, {@code id}) of the last one
     * a page showed, in keyset order. Only staff list anything but published events that have not ended.
     */
    @Transactional
    public List<Meeting> list(MeetingListing listing, Optional<Instant> afterStartsAt, Optional<UUID> afterId,
            int limit) {
        if (!listing.isPublic() && !caller.isStaff()) {
            throw ProblemException.forbidden("Only DGC staff list draft, cancelled, completed or past events.");
        }
        StringBuilder query = new StringBuilder("from MeetingEntity e where e.status = :status");
        Instant now = Instant.now();
        switch (listing.when()) {
            case UPCOMING -> query.append(" and e.endsAt > :now");
            case PAST -> query.append(" and e.endsAt <= :now");
            case ALL -> { }
        }
        String after = listing.newestFirst() ? "<" : ">";
        if (afterStartsAt.isPresent()) {
            query.append(" and (e.startsAt ").append(after).append(" :at or (e.startsAt = :at and e.id ")
                    .append(after).append(" :id))");
        }
        String direction = listing.newestFirst() ? " desc" : "";
        query.append(" order by e.startsAt").append(direction).append(", e.id").append(direction);
        var typed = MeetingEntity.getEntityManager().createQuery(query.toString(), MeetingEntity.class)
                .setParameter("status", listing.status()).setMaxResults(limit);
        if (listing.when() != MeetingPeriod.ALL) {
            typed.setParameter("now", now);
        }
        afterStartsAt.ifPresent(at -> typed.setParameter("at", at).setParameter("id", afterId.orElseThrow()));
        return typed.getResultList().stream().map(this::view).toList();
    }

    @Transactional
    public List<MeetingEntity> upcomingEntities(int limit) {
        return MeetingEntity.<MeetingEntity>find("status = ?1 and endsAt > ?2 order by startsAt, id",
                MeetingStatus.PUBLISHED, Instant.now()).page(0, limit).list();
    }

    @Transactional
    public MeetingEntity publicEntity(UUID id) {
        MeetingEntity event = find(id);
        if (event.status == MeetingStatus.DRAFT) {
            throw ProblemException.notFound("event", id);
        }
        return event;
    }

    private void apply(MeetingEntity event, MeetingDetails d) {
        ZoneId zone;
        try {
            zone = ZoneId.of(d.timeZone());
        } catch (DateTimeException e) {
            throw ProblemException.invalid("timeZone", "not an IANA time zone: " + d.timeZone());
        }
        if (!d.endsAt().isAfter(d.startsAt())) {
            throw ProblemException.invalid("endsAt", "must be after startsAt");
        }
        if (d.venueMode().needsVenue() && (d.venue() == null || d.venue().isBlank())) {
            throw ProblemException.invalid("venue", "an in-person or hybrid event needs a venue");
        }
        if (d.venueMode().needsOnlineAddress() && d.onlineUrl() == null) {
            throw ProblemException.invalid("onlineUrl", "an online or hybrid event needs an address");
        }
        event.kind = d.kind();
        event.titles = new LinkedHashMap<>(d.titles());
        event.descriptions = new LinkedHashMap<>(d.descriptions() == null ? Map.of() : d.descriptions());
        event.timeZone = zone.getId();
        event.startsAt = d.startsAt().atZone(zone).toInstant();
        event.endsAt = d.endsAt().atZone(zone).toInstant();
        event.venueMode = d.venueMode();
        event.venue = d.venue();
        event.onlineUrl = d.onlineUrl();
        event.interpretationLanguages = new ArrayList<>(d.interpretationLanguages() == null ? List.of()
                : d.interpretationLanguages().stream().distinct().map(UnLanguage::code).toList());
        event.accessibilityNotes = d.accessibilityNotes();
        event.capacity = d.capacity();
        event.registrationOpensAt = d.registrationOpensAt() == null ? Instant.now() : d.registrationOpensAt();
        event.registrationClosesAt = d.registrationClosesAt() == null ? event.startsAt : d.registrationClosesAt();
        if (!event.registrationClosesAt.isAfter(event.registrationOpensAt)) {
            throw ProblemException.invalid("registrationClosesAt", "must be after registrationOpensAt");
        }
        if (event.registrationClosesAt.isAfter(event.endsAt)) {
            throw ProblemException.invalid("registrationClosesAt", "must not be after the end of the event");
        }
        event.perOrganizationLimit = d.perOrganizationLimit() == null ? 5 : d.perOrganizationLimit();
        event.youthSharePercent = d.youthSharePercent() == null ? 0 : d.youthSharePercent();
        event.invitationOnly = Boolean.TRUE.equals(d.invitationOnly());
        event.updatedAt = Instant.now();
    }

    private static void move(MeetingEntity event, MeetingStatus next) {
        MeetingStatus current = event.status;
        if (!current.mayMoveTo(next)) {
            throw ProblemException.illegalTransition(current, next, current.allowedNext());
        }
        event.status = next;
        event.updatedAt = Instant.now();
    }

    /**
     * Public facts only: the gateway relays {@code events.events} to everyone, so the leading organisation, which is
     * not named publicly (ADR 0017), travels as null.
     */
    private void publish(EventType type, MeetingEntity event) {
        outbox.append(type, event.id, new MeetingChange(event.id, event.kind, title(event), event.startsAt,
                event.endsAt, event.timeZone, event.status, null, event.updatedAt));
    }

    /** The English title, or the first one given. */
    public static String title(MeetingEntity event) {
        return event.titles.getOrDefault("en", event.titles.values().stream().findFirst().orElse(""));
    }

    private boolean mayOrganize(MeetingEntity event) {
        return caller.isStaff() || (event.leadOrganizationId != null
                && caller.organizationId().filter(event.leadOrganizationId::equals).isPresent());
    }

    private void requireOrganizer(MeetingEntity event) {
        if (!mayOrganize(event)) {
            throw ProblemException.forbidden("Only staff and the leading organisation change this event.");
        }
    }

    private void requireStaff() {
        if (!caller.isStaff()) {
            throw ProblemException.forbidden("Only DGC staff organise events.");
        }
    }

    private static MeetingEntity find(UUID id) {
        MeetingEntity event = MeetingEntity.findById(id);
        if (event == null) {
            throw ProblemException.notFound("event", id);
        }
        return event;
    }

    private VersionedMeeting flushed(MeetingEntity event) {
        MeetingEntity.getEntityManager().flush();
        return versioned(event);
    }

    private VersionedMeeting versioned(MeetingEntity event) {
        return new VersionedMeeting(view(event), EntityTags.of(event.version));
    }

    public Meeting view(MeetingEntity e) {
        ZoneId zone = ZoneId.of(e.timeZone);
        Seats seats = Registrations.seats(e);
        long waitlisted = RegistrationEntity.count("eventId = ?1 and status = ?2", e.id,
                RegistrationStatus.WAITLISTED);
        List<Meeting.Session> sessions = MeetingSessionEntity.<MeetingSessionEntity>find("eventId = ?1 order by startsAt, id",
                e.id).stream().map(s -> new Meeting.Session(s.id, s.title, LocalDateTime.ofInstant(s.startsAt, zone),
                        LocalDateTime.ofInstant(s.endsAt, zone), s.room, s.speakers.stream()
                                .filter(this::named).map(Speaker::name).toList()))
                .toList();
        return new Meeting(e.id, e.kind, e.titles, e.descriptions, LocalDateTime.ofInstant(e.startsAt, zone),
                LocalDateTime.ofInstant(e.endsAt, zone), e.timeZone, e.startsAt, e.endsAt, e.venueMode, e.venue,
                e.onlineUrl, e.interpretationLanguages.stream().map(UnLanguage::fromCode).toList(),
                e.accessibilityNotes, e.status, List.copyOf(e.status.allowedNext()), e.capacity,
                seats.reservedForYouth(), seats.confirmed(), (int) waitlisted, e.registrationOpensAt,
                e.registrationClosesAt, e.perOrganizationLimit, e.youthSharePercent, e.invitationOnly,
                mayOrganize(e) ? e.leadOrganizationId : null, e.cancellationReason, sessions);
    }

    /**
     * Whether the caller is told a speaker's name. Staff see the programme as they entered it. Everyone else sees a
     * speaker without a registry id as entered (no flag can name them), and a registry representative only as
     * {@link PublicNaming} allows: by the person's own choice in the registry, never by whoever added the speaker.
     */
    private boolean named(Speaker speaker) {
        if (caller.isStaff() || speaker.registryId() == null) {
            return true;
        }
        RepresentativeRecord person = RepresentativeRecord.findById(speaker.registryId());
        return person != null && PublicNaming.mayName(Audience.OTHERS, person.publiclyNamed,
                ProtectionFlag.anyFlagged(person.id, person.organizationId));
    }
}
