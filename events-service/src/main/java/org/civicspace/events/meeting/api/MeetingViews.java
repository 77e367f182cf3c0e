package org.civicspace.events.meeting.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.civicspace.events.meeting.application.Meeting;
import org.civicspace.events.meeting.application.MeetingDetails;
import org.civicspace.events.meeting.application.NewSession;
import org.civicspace.events.meeting.domain.MeetingKind;
import org.civicspace.events.meeting.domain.MeetingStatus;
import org.civicspace.events.meeting.domain.Speaker;
import org.civicspace.events.meeting.domain.UnLanguage;
import org.civicspace.events.meeting.domain.VenueMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Meetings and conference sessions as the API takes and shows them (the API calls a meeting an event). */
public final class MeetingViews {

    private MeetingViews() {
    }

    @Schema(name = "EventDetails", description = "What staff (or the leading CSO, for its draft) set on an event. "
            + "Only staff change kind, capacity, perOrganizationLimit, youthSharePercent, invitationOnly and the "
            + "registration window: the leading CSO sends them unchanged or leaves the optional ones out.")
    public record MeetingRequest(
            @NotNull @Schema(example = "thematic-briefing") MeetingKind kind,
            @NotEmpty @Size(max = 6) @Schema(description = "Title per UN official language (ar, zh, en, fr, ru, es)",
                    example = "{\"en\": \"Youth and the SDGs\", \"fr\": \"Les jeunes et les ODD\"}")
            Map<@Pattern(regexp = UnLanguage.PATTERN) String, @NotBlank @Size(max = 300) String> titles,
            @Size(max = 6) @Schema(description = "Description per UN official language (ar, zh, en, fr, ru, es)")
            Map<@Pattern(regexp = UnLanguage.PATTERN) String, @NotBlank @Size(max = 10000) String> descriptions,
            @NotNull @Schema(description = "Local start time at the venue", example = "2027-03-10T10:00:00")
            LocalDateTime startsAt,
            @NotNull @Schema(example = "2027-03-10T12:00:00") LocalDateTime endsAt,
            @NotBlank @Size(max = 60) @Schema(description = "IANA time zone", example = "America/New_York")
            String timeZone,
            @NotNull @Schema(example = "hybrid") VenueMode venueMode,
            @Size(max = 300) @Schema(example = "Conference Room 4, UN Headquarters, New York") String venue,
            @Size(max = 500) @Pattern(regexp = "https://\\S+") @Schema(example = "https://webtv.un.org/en/briefing")
            String onlineUrl,
            @Size(max = 6) @Schema(example = "[\"en\", \"fr\", \"es\"]")
            List<@NotNull UnLanguage> interpretationLanguages,
            @Size(max = 2000) @Schema(example = "Step-free access; international sign interpretation")
            String accessibilityNotes,
            @NotNull @Min(1) @Max(10000) @Schema(example = "120") Integer capacity,
            @Schema(description = "Default: now") Instant registrationOpensAt,
            @Schema(description = "Default: the start") Instant registrationClosesAt,
            @Min(1) @Max(1000) @Schema(description = "Default 5", example = "3") Integer perOrganizationLimit,
            @Min(0) @Max(100) @Schema(description = "Share of seats reserved for people aged 18 to 32, in percent",
                    example = "34") Integer youthSharePercent,
            Boolean invitationOnly) {

        /** The details as the application takes them. */
        public MeetingDetails details() {
            return new MeetingDetails(kind, titles, descriptions, startsAt, endsAt, timeZone, venueMode, venue,
                    onlineUrl, interpretationLanguages, accessibilityNotes, capacity, registrationOpensAt,
                    registrationClosesAt, perOrganizationLimit, youthSharePercent, invitationOnly);
        }
    }

    @Schema(name = "Event")
    public record MeetingView(
            UUID id,
            @Schema(example = "thematic-briefing") MeetingKind kind,
            @Schema(example = "{\"en\": \"Civil Society Briefing: Climate Action and the SDGs\"}")
            Map<String, String> titles,
            @Schema(example = "{\"en\": \"How civil society organisations take part in climate action under the "
                    + "2030 Agenda.\"}") Map<String, String> descriptions,
            @Schema(description = "Local time at the venue") LocalDateTime startsAt,
            LocalDateTime endsAt,
            @Schema(example = "America/New_York") String timeZone,
            Instant startsAtUtc,
            Instant endsAtUtc,
            @Schema(example = "hybrid") VenueMode venueMode,
            @Schema(example = "Conference Room 4, UN Headquarters") String venue,
            @Schema(example = "https://webtv.un.org/en/briefing") String onlineUrl,
            @Schema(example = "[\"en\", \"fr\", \"es\"]") List<UnLanguage> interpretationLanguages,
            @Schema(example = "Step-free access; international sign interpretation") String accessibilityNotes,
            @Schema(example = "published") MeetingStatus status,
            @Schema(example = "[\"completed\", \"cancelled\"]") List<MeetingStatus> allowedNextStatuses,
            @Schema(example = "120") int capacity,
            @Schema(description = "Seats reserved for youth", example = "41") int youthSeats,
            @Schema(example = "87") int confirmed,
            @Schema(example = "4") int waitlisted,
            Instant registrationOpensAt,
            Instant registrationClosesAt,
            @Schema(example = "3") int perOrganizationLimit,
            @Schema(example = "34") int youthSharePercent,
            boolean invitationOnly,
            @Schema(description = "The CSO that leads the event; shown to staff and that CSO only", nullable = true)
            UUID leadOrganizationId,
            @Schema(description = "Set once the event is cancelled", nullable = true,
                    example = "The briefing moves to the Civil Society Conference programme")
            String cancellationReason,
            List<SessionView> sessions) {

        public static MeetingView of(Meeting m) {
            return new MeetingView(m.id(), m.kind(), m.titles(), m.descriptions(), m.startsAt(), m.endsAt(),
                    m.timeZone(), m.startsAtUtc(), m.endsAtUtc(), m.venueMode(), m.venue(), m.onlineUrl(),
                    m.interpretationLanguages(), m.accessibilityNotes(), m.status(), m.allowedNextStatuses(),
                    m.capacity(), m.youthSeats(), m.confirmed(), m.waitlisted(), m.registrationOpensAt(),
                    m.registrationClosesAt(), m.perOrganizationLimit(), m.youthSharePercent(), m.invitationOnly(),
                    m.leadOrganizationId(), m.cancellationReason(),
                    m.sessions().stream().map(SessionView::of).toList());
        }
    }

    @Schema(name = "ConferenceSessionRequest")
    public record SessionRequest(
            @NotBlank @Size(max = 300) @Schema(example = "Youth-led action on climate finance") String title,
            @NotNull LocalDateTime startsAt,
            @NotNull LocalDateTime endsAt,
            @Size(max = 200) @Schema(example = "Conference Room 4, UN Headquarters") String room,
            @Size(max = 20) List<@Valid SpeakerInput> speakers) {

        /** The session as the application takes it; no speakers when none are given. */
        public NewSession session() {
            return new NewSession(title, startsAt, endsAt, room, speakers == null ? List.of()
                    : speakers.stream().map(s -> new Speaker(s.name(), s.organizationId(), s.registryId())).toList());
        }
    }

    @Schema(name = "SpeakerInput")
    public record SpeakerInput(
            @NotBlank @Size(max = 200) @Schema(example = "Amina Diallo") String name,
            UUID organizationId,
            @Schema(description = "The speaker as a registry representative: then the public sees the name only if the "
                    + "person chose in the registry to be named")
            UUID registryId) {
    }

    @Schema(name = "ConferenceSession")
    public record SessionView(UUID id, @Schema(example = "Youth-led action on climate finance") String title,
            LocalDateTime startsAt, LocalDateTime endsAt,
            @Schema(example = "Conference Room 4, UN Headquarters") String room,
            @Schema(description = "Speakers' names: all of them for staff; for everyone else those without a registry "
                    + "id and the registry representatives who chose to be named", example = "[\"Amina Diallo\"]")
            List<String> speakers) {

        static SessionView of(Meeting.Session s) {
            return new SessionView(s.id(), s.title(), s.startsAt(), s.endsAt(), s.room(), s.speakers());
        }
    }

    @Schema(name = "EventCancellation")
    public record Cancellation(@NotBlank @Size(max = 2000)
            @Schema(example = "The briefing moves to the Civil Society Conference programme") String reason) {
    }
}
