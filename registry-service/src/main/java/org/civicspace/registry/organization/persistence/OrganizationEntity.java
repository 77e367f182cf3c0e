package org.civicspace.registry.organization.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The stored form of an organisation; the API never exposes it (see the api package's views). */
@Entity
@Table(name = "organization")
public class OrganizationEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "identifier_agency", nullable = false)
    public String identifierAgency;

    @Column(name = "identifier_number", nullable = false)
    public String identifierNumber;

    @Column(name = "legal_name", nullable = false)
    public String legalName;

    public String acronym;

    /** Names in other languages, by ISO 639-1 code. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "other_names", nullable = false)
    public Map<String, String> otherNames = new LinkedHashMap<>();

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Column(nullable = false)
    public String type;

    @Column(name = "headquarters_country", nullable = false, columnDefinition = "char(2)")
    public String headquartersCountry;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "countries_of_operation", nullable = false)
    public List<String> countriesOfOperation = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> themes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "working_languages", nullable = false)
    public List<String> workingLanguages = new ArrayList<>();

    @Column(name = "year_founded")
    public Integer yearFounded;

    public String website;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "contact_address")
    public String contactAddress;

    @Column(nullable = false)
    public String status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(name = "dgc_associated_since")
    public LocalDate dgcAssociatedSince;

    @Column(name = "dgc_as_of")
    public Instant dgcAsOf;

    @Column(name = "ecosoc_status")
    public String ecosocStatus;

    @Column(name = "ecosoc_since")
    public LocalDate ecosocSince;

    @Column(name = "ecosoc_as_of")
    public Instant ecosocAsOf;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "activated_at")
    public Instant activatedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
