package org.civicspace.accreditation.applications.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.civicspace.accreditation.applications.domain.QuestionKind;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A question to the applicant: from a committee member state, or a clarification asked by staff at screening. */
@Entity
@Table(name = "question")
public class QuestionEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(nullable = false)
    public QuestionKind kind;

    @Column(name = "member_state")
    public String memberState;

    @Column(nullable = false)
    public String text;

    @Column(name = "asked_by", nullable = false)
    public String askedBy;

    @Column(name = "asked_at", nullable = false)
    public Instant askedAt;

    @Column(name = "response_due", nullable = false)
    public LocalDate responseDue;

    public String answer;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "answered_at")
    public Instant answeredAt;
}
