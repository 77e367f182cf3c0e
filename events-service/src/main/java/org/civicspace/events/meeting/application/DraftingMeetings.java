package org.civicspace.events.meeting.application;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.events.meeting.domain.MeetingKind;
import org.civicspace.events.meeting.domain.MeetingStatus;
import org.civicspace.events.meeting.domain.UnLanguage;
import org.civicspace.events.meeting.domain.VenueMode;
import org.civicspace.events.meeting.persistence.MeetingEntity;

/** Drafts a meeting: staff from its details, or from a CSO's accepted proposal, which that CSO then leads. */
@ApplicationScoped
public class DraftingMeetings {

    private final Organizers organizers;
    private final MeetingPresenter presenter;

    DraftingMeetings(Organizers organizers, MeetingPresenter presenter) {
        this.organizers = organizers;
        this.presenter = presenter;
    }

    @Transactional
    public VersionedMeeting draft(MeetingDetails details) {
        organizers.requireStaff();
        MeetingEntity event = new MeetingEntity();
        event.id = UUID.randomUUID();
        event.status = MeetingStatus.DRAFT;
        event.createdAt = Instant.now();
        Meetings.apply(event, details);
        event.persist();
        return presenter.flushed(event);
    }

    /**
     * A draft led by a CSO, from its accepted proposal, in the caller's transaction: two hours at UN Headquarters,
     * 100 seats; staff complete and publish it.
     */
    public MeetingEntity fromProposal(UUID proposalId, UUID organizationId, MeetingKind kind, String title,
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
}
