package org.civicspace.reprisals.consent.persistence;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.civicspace.reprisals.consent.domain.Consent;
import org.civicspace.reprisals.consent.domain.ConsentChannel;
import org.civicspace.reprisals.consent.domain.ConsentGiver;
import org.civicspace.reprisals.consent.domain.ConsentScope;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An informed-consent record as stored. */
@Entity
@Table(name = "consent")
public class ConsentEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "victim_id")
    public UUID victimId;
    @Enumerated(EnumType.STRING)
    @Column(name = "given_by")
    public ConsentGiver givenBy;
    @Enumerated(EnumType.STRING)
    public ConsentChannel channel;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] scopes;
    @Column(name = "given_at")
    public Instant givenAt;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    public static List<ConsentEntity> ofCase(UUID caseId) {
        return list("caseId = ?1 order by givenAt, id", caseId);
    }

    /** Up to {@code limit} consents of a case in the order they were given, after the position of the last shown. */
    public static List<ConsentEntity> ofCase(UUID caseId, Optional<Instant> afterGivenAt, Optional<UUID> afterId,
            int limit) {
        return afterGivenAt
                .map(at -> ConsentEntity.<ConsentEntity>find(
                        "caseId = ?1 and (givenAt > ?2 or (givenAt = ?2 and id > ?3)) order by givenAt, id", caseId,
                        at, afterId.orElseThrow()))
                .orElseGet(() -> find("caseId = ?1 order by givenAt, id", caseId))
                .page(0, limit).list();
    }

    public static List<Consent> consentsOf(UUID caseId) {
        return ofCase(caseId).stream().map(ConsentEntity::toConsent).toList();
    }

    public Consent toConsent() {
        return new Consent(id, victimId, givenBy, channel, scopeSet(), givenAt, Optional.ofNullable(withdrawnAt));
    }

    public Set<ConsentScope> scopeSet() {
        return Arrays.stream(scopes).map(ConsentScope::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ConsentScope.class)));
    }

    public static String[] encode(Set<ConsentScope> scopes) {
        return scopes.stream().sorted().map(Enum::name).toArray(String[]::new);
    }
}
