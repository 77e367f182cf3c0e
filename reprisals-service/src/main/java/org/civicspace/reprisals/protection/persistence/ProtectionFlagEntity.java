package org.civicspace.reprisals.protection.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * That a victim's registry id was flagged, and whether the flag was lifted. The registry id itself stays sealed in
 * the victim's identity, so this row links nothing to the registry.
 */
@Entity
@Table(name = "protection_flag")
public class ProtectionFlagEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "victim_id")
    public UUID victimId;
    @Column(name = "flagged_at")
    public Instant flaggedAt;
    @Column(name = "lifted_at")
    public Instant liftedAt;
    @Column(name = "lift_reason")
    public String liftReason;

    public static List<ProtectionFlagEntity> activeOfCase(UUID caseId) {
        return list("caseId = ?1 and liftedAt is null", caseId);
    }
}
