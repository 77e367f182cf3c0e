package org.civicspace.events.demo;

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

import org.civicspace.events.meeting.domain.EventKind;
import org.civicspace.events.meeting.domain.EventStatus;
import org.civicspace.events.meeting.domain.Speaker;
import org.civicspace.events.meeting.domain.UnLanguage;
import org.civicspace.events.meeting.domain.VenueMode;
import org.civicspace.events.meeting.messaging.EventsEvents;
import org.civicspace.events.meeting.messaging.EventsEvents.EventChange;
import org.civicspace.events.meeting.persistence.EventEntity;
import org.civicspace.events.meeting.persistence.EventSessionEntity;
import org.civicspace.platform.messaging.outbox.Outbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Demo events for the local stack: a published thematic briefing at UN Headquarters, an online capacity-building
 * session with a youth share, and a three-day Civil Society Conference with a programme. Loaded once.
 */
@ApplicationScoped
public class DemoEvents {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final boolean enabled;
    private final Outbox outbox;

    public DemoEvents(@ConfigProperty(name = "civicspace.demo-data") boolean enabled, Outbox outbox) {
        this.enabled = enabled;
        this.outbox = outbox;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    /** Loads the demo events unless they are there already; returns how many it loaded. */
    @Transactional
    public int load() {
        if (EventEntity.count("venue = ?1", "Demo: Conference Room 4, UN Headquarters, New York") > 0) {
            return 0;
        }
        LocalDate soon = LocalDate.now().plusWeeks(3);
        EventEntity briefing = event(EventKind.THEMATIC_BRIEFING,
                Map.of("en", "Youth and the Sustainable Development Goals",
                        "fr", "Les jeunes et les objectifs de développement durable",
                        "es", "La juventud y los Objetivos de Desarrollo Sostenible"),
                soon, 10, 2, VenueMode.HYBRID, "Demo: Conference Room 4, UN Headquarters, New York", 120, 34);
        EventEntity training = event(EventKind.CAPACITY_BUILDING,
                Map.of("en", "Communicating the SDGs: a workshop for associated CSOs"),
                soon.plusDays(7), 9, 3, VenueMode.ONLINE, null, 40, 50);
        EventEntity conference = event(EventKind.CONFERENCE, Map.of("en", "UN Civil Society Conference"),
                soon.plusWeeks(8), 9, 3 * 24 - 9 + 18, VenueMode.IN_PERSON, "Demo: Salt Palace Convention Center", 2000,
                34);
        session(conference, "Opening plenary", conference.startsAt.plusSeconds(3600), 2, "Plenary hall",
                List.of(new Speaker("Chair of the Conference", null, null)));
        session(conference, "Youth-led climate action", conference.startsAt.plusSeconds(26 * 3600), 2, "Room 155",
                List.of(new Speaker("Youth delegate", null, null), new Speaker("Climate researcher", null, null)));
        for (EventEntity event : List.of(briefing, training, conference)) {
            outbox.append(EventsEvents.EVENT_PUBLISHED, event.id, new EventChange(event.id, event.kind,
                    event.titles.get("en"), event.startsAt, event.endsAt, event.timeZone, event.status, null,
                    event.updatedAt));
        }
        Log.info("loaded 3 demo events");
        return 3;
    }

    private static EventEntity event(EventKind kind, Map<String, String> titles, LocalDate day, int hour, int hours,
            VenueMode mode, String venue, int capacity, int youthShare) {
        EventEntity event = new EventEntity();
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
        event.status = EventStatus.PUBLISHED;
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

    private static void session(EventEntity conference, String title, Instant startsAt, int hours, String room,
            List<Speaker> speakers) {
        EventSessionEntity session = new EventSessionEntity();
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
