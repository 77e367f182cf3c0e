package org.civicspace.reprisals.casefile.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.civicspace.reprisals.casefile.domain.MeasureStatus;
import org.civicspace.reprisals.casefile.domain.MeasureType;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A protective measure or intervention and how far it got. */
@Entity
@Table(name = "protective_measure")
public class MeasureEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    public MeasureType type;
    @Enumerated(EnumType.STRING)
    public MeasureStatus status;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static List<MeasureEntity> ofCase(UUID caseId) {
        return list("caseId = ?1 order by createdAt, id", caseId);
    }
}
