package org.civicspace.accreditation.applications.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civicspace.accreditation.accreditations.domain.EcosocCategory;
import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.accreditation.applications.domain.ApplicationState;
import org.civicspace.accreditation.applications.domain.Declarations;
import org.civicspace.accreditation.applications.domain.MinimumRequirements.RuleResult;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An application for DGC association or ECOSOC consultative status, in its current state. */
@Entity
@Table(name = "application")
public class ApplicationEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(nullable = false)
    public Track track;

    @Column(name = "requested_category")
    public EcosocCategory requestedCategory;

    @Column(name = "changes_accreditation")
    public UUID changesAccreditation;

    @Column(nullable = false)
    public ApplicationState state;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Declarations declarations;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<RuleResult> screening;

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "deferral_count", nullable = false)
    public int deferralCount;

    @Column(name = "reconsideration_used", nullable = false)
    public boolean reconsiderationUsed;

    @Column(name = "recommended_category")
    public EcosocCategory recommendedCategory;

    @Column(name = "decision_reasons")
    public String decisionReasons;

    public String region;

    @Column(name = "organization_type")
    public String organizationType;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> themes = new ArrayList<>();

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
