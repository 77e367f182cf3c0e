package org.civicspace.reprisals.casefile.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A case officer assigned to a case: the basis of need-to-know. */
@Entity
@Table(name = "case_assignment")
public class AssignmentEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    public String officer;
    @Column(name = "assigned_by")
    public String assignedBy;
    @Column(name = "assigned_at")
    public Instant assignedAt;

    public static List<String> officersOf(UUID caseId) {
        return AssignmentEntity.<AssignmentEntity>list("caseId = ?1 order by assignedAt", caseId).stream()
                .map(a -> a.officer).toList();
    }
}
