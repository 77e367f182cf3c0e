package org.civicspace.reprisals.casefile.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.civicspace.reprisals.casefile.domain.ActType;
import org.civicspace.reprisals.casefile.domain.PerpetratorCategory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One alleged act of reprisal, by type, date, country and perpetrator category. */
@Entity
@Table(name = "case_act")
public class ActEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    @Column(name = "act_type")
    public ActType actType;
    @Column(name = "occurred_on")
    public LocalDate occurredOn;
    public String country;
    @Enumerated(EnumType.STRING)
    public PerpetratorCategory perpetrator;

    public static List<ActEntity> ofCase(UUID caseId) {
        return list("caseId = ?1 order by occurredOn, id", caseId);
    }
}
