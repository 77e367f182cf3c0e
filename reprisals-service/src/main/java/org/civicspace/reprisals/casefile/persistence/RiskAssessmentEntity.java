package org.civicspace.reprisals.casefile.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

    /** Up to {@code limit} assessments of a case, oldest first, after the position of the last one shown. */
    public static List<RiskAssessmentEntity> ofCase(UUID caseId, Optional<Instant> afterAssessedAt,
            Optional<UUID> afterId, int limit) {
        return afterAssessedAt
                .map(at -> RiskAssessmentEntity.<RiskAssessmentEntity>find(
                        "caseId = ?1 and (assessedAt > ?2 or (assessedAt = ?2 and id > ?3)) order by assessedAt, id",
                        caseId, at, afterId.orElseThrow()))
                .orElseGet(() -> find("caseId = ?1 order by assessedAt, id", caseId))
                .page(0, limit).list();
    }
}
