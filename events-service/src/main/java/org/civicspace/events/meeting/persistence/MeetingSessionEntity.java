package org.civicspace.events.meeting.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.civicspace.events.meeting.domain.Speaker;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A session of a conference's programme: a time, a room and its speakers. */
@Entity
@Table(name = "event_session")
public class MeetingSessionEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(nullable = false)
    public String title;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    public String room;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Speaker> speakers = new ArrayList<>();
}
