package org.civicspace.events.proposal.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civicspace.events.meeting.domain.UnLanguage;
import org.civicspace.events.proposal.domain.ProposalKind;
import org.civicspace.events.proposal.domain.ProposalState;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A briefing proposed by an associated CSO. */
@Entity
@Table(name = "proposal")
public class ProposalEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(nullable = false)
    @Convert(converter = ProposalColumns.ProposalKindColumn.class)
    public ProposalKind kind;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String summary;

    @Column(nullable = false)
    @Convert(converter = ProposalColumns.UnLanguageColumn.class)
    public UnLanguage language;

    @Column(name = "preferred_date")
    public LocalDate preferredDate;

    @Column(nullable = false)
    @Convert(converter = ProposalColumns.ProposalStateColumn.class)
    public ProposalState state;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "duplicate_of")
    public UUID duplicateOf;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
