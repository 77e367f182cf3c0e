package org.civicspace.events.demo.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.civicspace.events.meeting.domain.MeetingKind;
import org.civicspace.events.meeting.domain.MeetingStatus;
import org.civicspace.events.meeting.domain.Speaker;
import org.civicspace.events.meeting.domain.UnLanguage;
import org.civicspace.events.meeting.domain.VenueMode;
import org.civicspace.events.meeting.messaging.MeetingMessages;
import org.civicspace.events.meeting.messaging.MeetingPublisher;
import org.civicspace.events.meeting.persistence.MeetingEntity;
import org.civicspace.events.meeting.persistence.MeetingSessionEntity;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Demo meetings for the local stack: a published thematic briefing at UN Headquarters, an online capacity-building
 * session with a youth share, and a three-day Civil Society Conference with a programme. Loaded once.
 */
@ApplicationScoped
public class DemoMeetings {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final boolean enabled;
    private final MeetingPublisher publisher;

    public DemoMeetings(@ConfigProperty(name = "civicspace.demo-data") boolean enabled,
            MeetingPublisher publisher) {
        this.enabled = enabled;
        this.publisher = publisher;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    /** Loads the demo events unless they are there already; returns how many it loaded. */
    @Transactional
    public int load() {
        if (MeetingEntity.count("venue = ?1", "Demo: Conference Room 4, UN Headquarters, New York") > 0) {
            return 0;
        }
        LocalDate soon = LocalDate.now().plusWeeks(3);
        MeetingEntity briefing = event(MeetingKind.THEMATIC_BRIEFING,
                Map.of("en", "Youth and the Sustainable Development Goals",
                        "fr", "Les jeunes et les objectifs de développement durable",
                        "es", "La juventud y los Objetivos de Desarrollo Sostenible"),
                soon, 10, 2, VenueMode.HYBRID, "Demo: Conference Room 4, UN Headquarters, New York", 120, 34);
        MeetingEntity training = event(MeetingKind.CAPACITY_BUILDING,
                Map.of("en", "Communicating the SDGs: a workshop for associated CSOs"),
                soon.plusDays(7), 9, 3, VenueMode.ONLINE, null, 40, 50);
        MeetingEntity conference = event(MeetingKind.CONFERENCE, Map.of("en", "UN Civil Society Conference"),
                soon.plusWeeks(8), 9, 3 * 24 - 9 + 18, VenueMode.IN_PERSON, "Demo: Salt Palace Convention Center", 2000,
                34);
        session(conference, "Opening plenary", conference.startsAt.plusSeconds(3600), 2, "Plenary hall",
                List.of(new Speaker("Chair of the Conference", null, null)));
        session(conference, "Youth-led climate action", conference.startsAt.plusSeconds(26 * 3600), 2, "Room 155",
                List.of(new Speaker("Youth delegate", null, null), new Speaker("Climate researcher", null, null)));
        for (MeetingEntity event : List.of(briefing, training, conference)) {
            publisher.publish(MeetingMessages.PUBLISHED, event);
        }
        Log.info("loaded 3 demo events");
        return 3;
    }

    private static MeetingEntity event(MeetingKind kind, Map<String, String> titles, LocalDate day, int hour, int hours,
            VenueMode mode, String venue, int capacity, int youthShare) {
        MeetingEntity event = new MeetingEntity();
        event.id = UUID.randomUUID();
        event.kind = kind;
        event.titles = new LinkedHashMap<>(titles);
        event.descriptions = new LinkedHashMap<>(Map.of("en", "Demo event of the local Civic Space stack."));
        event.timeZone = NEW_YORK.getId();
        event.startsAt = day.atTime(hour, 0).atZone(NEW_YORK).toInstant();
        event.endsAt = event.startsAt.plusSeconds(hours * 3600L);
        event.venueMode = mode;
        event.venue = venue;
        event.onlineUrl = mode.needsOnlineAddress() ? "https://webtv.example.org/demo" : null;
        event.interpretationLanguages = new ArrayList<>(List.of(UnLanguage.EN.code(), UnLanguage.FR.code(),
                UnLanguage.ES.code()));
        event.accessibilityNotes = "Step-free access; captions online";
        event.status = MeetingStatus.PUBLISHED;
        event.capacity = capacity;
        event.registrationOpensAt = Instant.now();
        event.registrationClosesAt = event.startsAt;
        event.perOrganizationLimit = 5;
        event.youthSharePercent = youthShare;
        event.createdAt = Instant.now();
        event.updatedAt = event.createdAt;
        event.persist();
        return event;
    }

    private static void session(MeetingEntity conference, String title, Instant startsAt, int hours, String room,
            List<Speaker> speakers) {
        MeetingSessionEntity session = new MeetingSessionEntity();
        session.id = UUID.randomUUID();
        session.eventId = conference.id;
        session.title = title;
        session.startsAt = startsAt;
        session.endsAt = startsAt.plusSeconds(hours * 3600L);
        session.room = room;
        session.speakers = new ArrayList<>(speakers);
        session.persist();
    }
}
