package org.civicspace.accreditation.registry.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The registry's view of an organisation, kept from registry events: what screening and statistics need. */
@Entity
@Table(name = "organization")
public class OrganizationRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "legal_name", nullable = false)
    public String legalName;

    @Column(nullable = false)
    public String type;

    @Column(name = "headquarters_country", nullable = false)
    public String headquartersCountry;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> themes = new ArrayList<>();

    @Column(nullable = false)
    public String status;

    @Column(name = "registry_version", nullable = false)
    public long registryVersion;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
