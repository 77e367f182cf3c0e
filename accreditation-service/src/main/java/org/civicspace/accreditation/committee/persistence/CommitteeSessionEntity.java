package org.civicspace.accreditation.committee.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.civicspace.accreditation.accreditations.domain.Track;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A sitting of the DGC association committee or of the ECOSOC NGO committee. */
@Entity
@Table(name = "committee_session")
public class CommitteeSessionEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public Track track;

    @Column(nullable = false)
    public String name;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "member_states", nullable = false)
    public List<String> memberStates = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
