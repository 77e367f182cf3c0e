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

import org.civicspace.reprisals.casefile.domain.NoteSource;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Information added to a case later, by an officer or through the secure follow-up; sealed. */
@Entity
@Table(name = "case_note")
public class NoteEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    public NoteSource source;
    public byte[] sealed;
    @Column(name = "added_at")
    public Instant addedAt;

    public static List<NoteEntity> ofCase(UUID caseId) {
        return list("caseId = ?1 order by addedAt, id", caseId);
    }
}
