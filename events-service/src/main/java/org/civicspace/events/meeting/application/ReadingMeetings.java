package org.civicspace.events.meeting.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.events.meeting.domain.MeetingListing;
import org.civicspace.events.meeting.domain.MeetingPeriod;
import org.civicspace.events.meeting.domain.MeetingStatus;
import org.civicspace.events.meeting.persistence.MeetingEntity;
import org.civicspace.platform.domain.Refused;
import org.civicspace.platform.web.security.Caller;

/**
 * Reads meetings: one, a page of a listing, or the published ones for calendars and feeds. A draft exists only for
 * staff and the leading organisation; to anyone else it is not found, exactly as a meeting that does not exist.
 */
@ApplicationScoped
public class ReadingMeetings {

    private final Caller caller;
    private final Organizers organizers;
    private final MeetingPresenter presenter;

    ReadingMeetings(Caller caller, Organizers organizers, MeetingPresenter presenter) {
        this.caller = caller;
        this.organizers = organizers;
        this.presenter = presenter;
    }

    /** Drafts only to staff and the leading organisation; everything else is public. */
    @Transactional
    public VersionedMeeting get(UUID id) {
        return presenter.versioned(readable(id));
    }

    /**
     * The meeting, if the caller may read it: a draft only staff and the leading organisation may, and to anyone
     * else it is not found. What is read about a meeting (its survey results) goes through here, so that it answers
     * as reading the meeting does.
     */
    public MeetingEntity readable(UUID id) {
        MeetingEntity event = Meetings.find(id);
        if (event.status == MeetingStatus.DRAFT && !organizers.mayOrganize(event)) {
            throw Refused.notFound("event", id);
        }
        return event;
    }

    /**
     * Up to {@code limit} meetings of {@code listing} after the position ({@code startsAt}, {@code id}) of the last
     * one a page showed, in keyset order. Only staff list anything but published meetings that have not ended.
     */
    @Transactional
    public List<Meeting> list(MeetingListing listing, Optional<Instant> afterStartsAt, Optional<UUID> afterId,
            int limit) {
        if (!listing.isPublic() && !caller.isStaff()) {
            throw Refused.forbidden("Only DGC staff list draft, cancelled, completed or past events.");
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
        return typed.getResultList().stream().map(presenter::present).toList();
    }

    /** Up to {@code limit} published meetings that have not ended, soonest first. */
    @Transactional
    public List<MeetingEntity> upcoming(int limit) {
        return MeetingEntity.<MeetingEntity>find("status = ?1 and endsAt > ?2 order by startsAt, id",
                MeetingStatus.PUBLISHED, Instant.now()).page(0, limit).list();
    }

    /** The meeting unless it is a draft (not found then), for everyone. */
    @Transactional
    public MeetingEntity announced(UUID id) {
        MeetingEntity event = Meetings.find(id);
        if (event.status == MeetingStatus.DRAFT) {
            throw Refused.notFound("event", id);
        }
        return event;
    }
}
