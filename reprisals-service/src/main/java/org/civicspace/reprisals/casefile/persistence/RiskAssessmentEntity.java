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

import org.civicspace.reprisals.casefile.domain.RiskLevel;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One risk assessment; a case keeps them all, the latest is the current level. */
@Entity
@Table(name = "risk_assessment")
public class RiskAssessmentEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    public RiskLevel level;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] factors;
    @Column(name = "assessed_at")
    public Instant assessedAt;
    @Column(name = "assessed_by")
    public String assessedBy;

    public static List<RiskAssessmentEntity> ofCase(UUID caseId) {
        return list("caseId = ?1 order by assessedAt, id", caseId);
    }
}
