package org.civicspace.reprisals.casefile.persistence;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civicspace.reprisals.casefile.domain.ActType;
import org.civicspace.reprisals.casefile.domain.AnnualReportInclusion;
import org.civicspace.reprisals.casefile.domain.CaseFacts;
import org.civicspace.reprisals.casefile.domain.CaseStatus;
import org.civicspace.reprisals.casefile.domain.IntakeChannel;
import org.civicspace.reprisals.casefile.domain.RiskLevel;
import org.civicspace.reprisals.casefile.domain.UnMechanism;
import org.civicspace.reprisals.crypto.domain.WrappedKey;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A reprisal case as stored: non-identifying columns in clear, identifying ones sealed. */
@Entity
@Table(name = "reprisal_case")
public class CaseEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public String reference;
    @Version
    public long version;
    @Enumerated(EnumType.STRING)
    public CaseStatus status;
    public String country;
    @Enumerated(EnumType.STRING)
    @Column(name = "primary_act_type")
    public ActType primaryActType;
    @Enumerated(EnumType.STRING)
    @Column(name = "un_mechanism")
    public UnMechanism unMechanism;
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level")
    public RiskLevel riskLevel;
    @Enumerated(EnumType.STRING)
    @Column(name = "intake_channel")
    public IntakeChannel intakeChannel;
    @Column(name = "reported_at")
    public Instant reportedAt;
    @Column(name = "first_response_due_at")
    public Instant firstResponseDueAt;
    @Column(name = "first_response_at")
    public Instant firstResponseAt;
    @Column(name = "overdue_alerted_at")
    public Instant overdueAlertedAt;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "erased_at")
    public Instant erasedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "annual_report")
    public AnnualReportInclusion annualReport;
    @Column(name = "follow_up_secret_hash")
    public String followUpSecretHash;
    @Column(name = "data_key_id")
    public String dataKeyId;
    @Column(name = "wrapped_data_key")
    public byte[] wrappedDataKey;
    @Column(name = "sealed_dossier")
    public byte[] sealedDossier;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<CaseEntity> byReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }

    public CaseFacts facts() {
        return new CaseFacts(id, country, primaryActType, riskLevel, status);
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public Optional<WrappedKey> wrappedKey() {
        return wrappedDataKey == null ? Optional.empty() : Optional.of(new WrappedKey(dataKeyId, wrappedDataKey));
    }

    /** Marks the aggregate changed, so that its version (and ETag) moves even when only a child record changed. */
    public void touch(Instant now) {
        updatedAt = now;
    }
}
