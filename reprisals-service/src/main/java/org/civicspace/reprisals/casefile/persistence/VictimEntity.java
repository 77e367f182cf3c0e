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

import org.civicspace.reprisals.casefile.domain.VictimKind;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An alleged victim of a case: only the kind is in clear. */
@Entity
@Table(name = "case_victim")
public class VictimEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    public VictimKind kind;
    public byte[] sealed;
    @Column(name = "erased_at")
    public Instant erasedAt;
    /** The victim's place in the report, from 0: cases list their victims in the order they were reported. */
    @Column(name = "reported_position")
    public short reportedPosition;

    public static List<VictimEntity> ofCase(UUID caseId) {
        return list("caseId = ?1 order by reportedPosition, id", caseId);
    }
}
