package org.civicspace.reprisals.casefile.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.platform.domain.Outcome;
import org.civicspace.platform.domain.Refusal;
import org.civicspace.reprisals.audit.application.AuditLog;
import org.civicspace.reprisals.audit.domain.AuditAction;
import org.civicspace.reprisals.casefile.domain.NoteSource;
import org.civicspace.reprisals.casefile.persistence.CaseEntity;
import org.civicspace.reprisals.casefile.persistence.NoteEntity;
import org.civicspace.reprisals.commons.domain.Actor;
import org.civicspace.reprisals.crypto.domain.DataKey;

/** Notes on a case, sealed under its data key like everything identifying. */
@ApplicationScoped
public class CaseNotes {

    private final CaseAccess access;
    private final CaseVault vault;
    private final AuditLog audit;

    public CaseNotes(CaseAccess access, CaseVault vault, AuditLog audit) {
        this.access = access;
        this.vault = vault;
        this.audit = audit;
    }

    @Transactional
    public Outcome<UUID> addNote(Actor actor, UUID caseId, String text, NoteSource source) {
        Optional<CaseEntity> found = access.accessible(actor, caseId, AuditAction.NOTE_ADDED);
        if (found.isEmpty()) {
            return CaseAccess.notFound(caseId);
        }
        return seal(found.get(), actor, text, source);
    }

    /** Seals a note into a case the caller was already allowed into; refused once its identifying data is erased. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome<UUID> seal(CaseEntity c, Actor actor, String text, NoteSource source) {
        Optional<DataKey> found = vault.keyOf(c);
        if (found.isEmpty()) {
            audit.record(actor, AuditAction.NOTE_ADDED, c.id, null, "REFUSED:ERASED");
            return Outcome.refused(new Refusal.Conflict(
                    "The identifying data of this case was erased, so nothing more can be recorded in it."));
        }
        DataKey key = found.get();
        NoteEntity note = new NoteEntity();
        note.id = UUID.randomUUID();
        note.caseId = c.id;
        note.source = source;
        note.addedAt = Instant.now();
        note.sealed = vault.seal(key, note.id, text);
        note.persist();
        c.touch(note.addedAt);
        audit.record(actor, AuditAction.NOTE_ADDED, c.id, null, source.name());
        return Outcome.done(note.id);
    }
}
