package org.civicspace.events.feedback.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One attendee's answers to the short survey after an event. */
@Entity
@Table(name = "feedback")
public class FeedbackEntity extends PanacheEntityBase {

    @Id
    @Column(name = "registration_id")
    public UUID registrationId;

    /** Pages through the answers without naming the registration. */
    @Column(name = "answer_id", nullable = false)
    public UUID answerId;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(nullable = false)
    public int overall;

    @Column(nullable = false)
    public int usefulness;

    @Column(name = "would_recommend", nullable = false)
    public boolean wouldRecommend;

    public String comment;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;
}
