package org.civicspace.reprisals.casefile.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.civicspace.reprisals.casefile.domain.FollowUpKind;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Something to do on a case by a due date. */
@Entity
@Table(name = "follow_up_action")
public class FollowUpActionEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    public FollowUpKind kind;
    @Column(name = "due_on")
    public LocalDate dueOn;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "completed_at")
    public Instant completedAt;

    public static List<FollowUpActionEntity> ofCase(UUID caseId) {
        return list("caseId = ?1 order by dueOn, id", caseId);
    }
}
