package org.civicspace.events.meeting.application;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.civicspace.events.meeting.domain.MeetingStatus;
import org.civicspace.events.meeting.domain.UnLanguage;
import org.civicspace.events.meeting.persistence.MeetingEntity;
import org.civicspace.platform.domain.Refused;

/** Meetings as they are stored: found (or locked) by id, their details written and checked, their status moved. */
public final class Meetings {

    private Meetings() {
    }

    /** The meeting, or 404. */
    public static MeetingEntity find(UUID id) {
        MeetingEntity meeting = MeetingEntity.findById(id);
        if (meeting == null) {
            throw Refused.notFound("event", id);
        }
        return meeting;
    }

    /**
     * The meeting with its row locked until the transaction ends, or 404: every change to its seats or its status
     * takes this lock first, so that concurrent requests are served one after the other.
     */
    public static MeetingEntity locked(UUID id) {
        MeetingEntity meeting = MeetingEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null) {
            throw Refused.notFound("event", id);
        }
        return meeting;
    }

    /** Writes {@code d} on the meeting, with the defaults of what it leaves out; 400 naming the field if invalid. */
    static void apply(MeetingEntity event, MeetingDetails d) {
        ZoneId zone;
        try {
            zone = ZoneId.of(d.timeZone());
        } catch (DateTimeException e) {
            throw Refused.invalid("timeZone", "not an IANA time zone: " + d.timeZone());
        }
        if (!d.endsAt().isAfter(d.startsAt())) {
            throw Refused.invalid("endsAt", "must be after startsAt");
        }
        if (d.venueMode().needsVenue() && (d.venue() == null || d.venue().isBlank())) {
            throw Refused.invalid("venue", "an in-person or hybrid event needs a venue");
        }
        if (d.venueMode().needsOnlineAddress() && d.onlineUrl() == null) {
            throw Refused.invalid("onlineUrl", "an online or hybrid event needs an address");
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
            throw Refused.invalid("registrationClosesAt", "must be after registrationOpensAt");
        }
        if (event.registrationClosesAt.isAfter(event.endsAt)) {
            throw Refused.invalid("registrationClosesAt", "must not be after the end of the event");
        }
        event.perOrganizationLimit = d.perOrganizationLimit() == null ? 5 : d.perOrganizationLimit();
        event.youthSharePercent = d.youthSharePercent() == null ? 0 : d.youthSharePercent();
        event.invitationOnly = Boolean.TRUE.equals(d.invitationOnly());
        event.updatedAt = Instant.now();
    }

    /** Moves the meeting to {@code next}, or 409 listing the statuses it may move to. */
    static void move(MeetingEntity event, MeetingStatus next) {
        MeetingStatus current = event.status;
        if (!current.mayMoveTo(next)) {
            throw Refused.illegalTransition(current, next, current.allowedNext());
        }
        event.status = next;
        event.updatedAt = Instant.now();
    }
}
