package org.civicspace.reprisals.audit.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.civicspace.reprisals.audit.domain.AuditChain;
import org.civicspace.reprisals.audit.domain.AuditRecord;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One entry of the append-only audit log (the database refuses updates and deletes). */
@Entity
@Table(name = "audit_entry")
public class AuditEntryEntity extends PanacheEntityBase {

    @Id
    public long sequence;
    public Instant at;
    public String actor;
    public String action;
    @Column(name = "case_id")
    public UUID caseId;
    public String purpose;
    public String outcome;
    @Column(name = "previous_hash")
    public String previousHash;
    public String hash;
    /** False only for entries written before the chain was keyed (an unkeyed SHA-256). */
    public boolean keyed;

    public AuditRecord record() {
        return new AuditRecord(sequence, at, actor, action, caseId, purpose, outcome);
    }

    public AuditChain.Link link() {
        return new AuditChain.Link(record(), previousHash, hash, keyed);
    }
}
