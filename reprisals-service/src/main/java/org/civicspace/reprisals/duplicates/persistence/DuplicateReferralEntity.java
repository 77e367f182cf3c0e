package org.civicspace.reprisals.duplicates.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.civicspace.reprisals.duplicates.domain.ReferralStatus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A new case that shares a name or contact with a case its reporter may not see, for the supervisors to decide. */
@Entity
@Table(name = "duplicate_referral")
public class DuplicateReferralEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "matching_case_id")
    public UUID matchingCaseId;
    @Column(name = "referred_at")
    public Instant referredAt;
    @Enumerated(EnumType.STRING)
    public ReferralStatus status;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
}
