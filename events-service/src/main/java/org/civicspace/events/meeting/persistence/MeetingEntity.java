package org.civicspace.events.meeting.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civicspace.events.meeting.domain.MeetingKind;
import org.civicspace.events.meeting.domain.MeetingStatus;
import org.civicspace.events.meeting.domain.VenueMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A meeting (a briefing, capacity-building session, orientation or conference) with its registration rules. */
@Entity
@Table(name = "event")
public class MeetingEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    @Convert(converter = MeetingColumns.MeetingKindColumn.class)
    public MeetingKind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> titles = new LinkedHashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> descriptions = new LinkedHashMap<>();

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "venue_mode", nullable = false)
    @Convert(converter = MeetingColumns.VenueModeColumn.class)
    public VenueMode venueMode;

    public String venue;

    @Column(name = "online_url")
    public String onlineUrl;

    /** Codes of {@link org.civicspace.events.meeting.domain.UnLanguage}, in a text array. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "interpretation_languages", nullable = false)
    public List<String> interpretationLanguages = new ArrayList<>();

    @Column(name = "accessibility_notes")
    public String accessibilityNotes;

    @Column(nullable = false)
    @Convert(converter = MeetingColumns.MeetingStatusColumn.class)
    public MeetingStatus status;

    @Column(nullable = false)
    public int capacity;

    @Column(name = "registration_opens_at", nullable = false)
    public Instant registrationOpensAt;

    @Column(name = "registration_closes_at", nullable = false)
    public Instant registrationClosesAt;

    @Column(name = "per_organization_limit", nullable = false)
    public int perOrganizationLimit;

    @Column(name = "youth_share_percent", nullable = false)
    public int youthSharePercent;

    @Column(name = "invitation_only", nullable = false)
    public boolean invitationOnly;

    @Column(name = "lead_organization_id")
    public UUID leadOrganizationId;

    @Column(name = "proposal_id")
    public UUID proposalId;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** The English title, or the first one given. */
    public String title() {
        return titles.getOrDefault("en", titles.values().stream().findFirst().orElse(""));
    }
}
