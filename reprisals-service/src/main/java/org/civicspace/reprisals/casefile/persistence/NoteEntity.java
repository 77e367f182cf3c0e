package org.civicspace.reprisals.casefile.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Information added to a case later, by an officer or through the secure follow-up; sealed. */
@Entity
@Table(name = "case_note")
public class NoteEntity extends PanacheEntityBase {

    public static final String FROM_OFFICER = "CASE_OFFICER";
    public static final String FROM_FOLLOW_UP = "SECURE_FOLLOW_UP";

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    public String source;
    public byte[] sealed;
    @Column(name = "added_at")
    public Instant addedAt;

    public static List<NoteEntity> ofCase(UUID caseId) {
        return list("caseId = ?1 order by addedAt, id", caseId);
    }
}
