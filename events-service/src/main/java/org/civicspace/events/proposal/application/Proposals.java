package org.civicspace.events.proposal.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.events.meeting.application.DraftingMeetings;
import org.civicspace.events.meeting.persistence.MeetingEntity;
import org.civicspace.events.proposal.domain.ProposalState;
import org.civicspace.events.proposal.messaging.ProposalMessages;
import org.civicspace.events.proposal.messaging.ProposalMessages.ProposalAccepted;
import org.civicspace.events.proposal.persistence.ProposalEntity;
import org.civicspace.events.registry.persistence.OrganizationRecord;
import org.civicspace.platform.domain.Refused;
import org.civicspace.platform.messaging.outbox.Outbox;
import org.civicspace.platform.web.security.Caller;

/**
 * Briefings proposed by CSOs, like a call for abstracts. Only organisations with an active DGC association (as
 * the accreditation service told us) may propose; an accepted proposal becomes a draft event led by its CSO.
 */
@ApplicationScoped
public class Proposals {

    private final Caller caller;
    private final Outbox outbox;
    private final DraftingMeetings meetings;

    public Proposals(Caller caller, Outbox outbox, DraftingMeetings meetings) {
        this.caller = caller;
        this.outbox = outbox;
        this.meetings = meetings;
    }

    @Transactional
    public Proposal submit(ProposalSubmission request) {
        caller.requireActingFor(request.organizationId());
        OrganizationRecord organization = OrganizationRecord.findById(request.organizationId());
        if (organization == null || !organization.isAssociatedWithDgc()) {
            throw Refused.forbidden("not-associated", "Not associated with DGC",
                    "Only organisations with an active association with the UN Department of Global Communications "
                            + "may propose briefings.");
        }
        ProposalEntity proposal = new ProposalEntity();
        proposal.id = UUID.randomUUID();
        proposal.organizationId = request.organizationId();
        proposal.kind = request.kind();
        proposal.title = request.title().strip();
        proposal.summary = request.summary().strip();
        proposal.language = request.language();
        proposal.preferredDate = request.preferredDate();
        proposal.state = ProposalState.SUBMITTED;
        proposal.submittedBy = caller.subject();
        proposal.submittedAt = Instant.now();
        proposal.updatedAt = proposal.submittedAt;
        proposal.persist();
        return view(proposal);
    }

    /** Staff move a proposal: under review, accepted, rejected (with a reason) or a duplicate of another. */
    @Transactional
    public Proposal decide(UUID id, Review decision) {
        if (!caller.isStaff()) {
            throw Refused.forbidden("Only DGC staff review proposals.");
        }
        ProposalEntity proposal = find(id);
        ProposalState next = decision.step().state();
        move(proposal, next);
        switch (next) {
            case REJECTED -> {
                if (decision.reason() == null || decision.reason().isBlank()) {
                    throw Refused.invalid("reason", "a rejection needs a reason");
                }
                proposal.decisionReason = decision.reason();
            }
            case DUPLICATE -> {
                ProposalEntity original = decision.duplicateOf() == null ? null
                        : ProposalEntity.findById(decision.duplicateOf());
                if (original == null || original.id.equals(proposal.id)) {
                    throw Refused.invalid("duplicateOf", "name the other proposal this one repeats");
                }
                proposal.duplicateOf = original.id;
                proposal.decisionReason = decision.reason();
            }
            case ACCEPTED -> {
                LocalDate day = proposal.preferredDate != null ? proposal.preferredDate
                        : LocalDate.now().plusMonths(1);
                Instant startsAt = day.atTime(LocalTime.of(10, 0)).atZone(ZoneId.of("America/New_York"))
                        .toInstant();
                MeetingEntity event = meetings.fromProposal(proposal.id, proposal.organizationId,
                        proposal.kind.meetingKind(), proposal.title, proposal.language, startsAt);
                proposal.eventId = event.id;
                proposal.decisionReason = decision.reason();
                outbox.append(ProposalMessages.ACCEPTED, proposal.id, new ProposalAccepted(proposal.id,
                        proposal.organizationId, event.id, Instant.now()));
            }
            default -> proposal.decisionReason = decision.reason();
        }
        return view(proposal);
    }

    @Transactional
    public Proposal withdraw(UUID id) {
        ProposalEntity proposal = find(id);
        move(proposal, ProposalState.WITHDRAWN);
        return view(proposal);
    }

    @Transactional
    public Proposal get(UUID id) {
        return view(find(id));
    }

    /**
     * Staff see all proposals, a CSO its own, optionally in one state: up to {@code limit}, newest first,
     * after the position ({@code submittedAt}, {@code id}) of the last one a page showed.
     */
    @Transactional
    public List<Proposal> list(ProposalState state, Optional<Instant> beforeSubmittedAt, Optional<UUID> beforeId,
            int limit) {
        StringBuilder query = new StringBuilder("from ProposalEntity p where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (!caller.isStaff()) {
            UUID own = caller.organizationId().orElseThrow(() -> Refused.forbidden(
                    "Your account represents no organisation."));
            query.append(" and p.organizationId = :own");
            parameters.put("own", own);
        }
        if (state != null) {
            query.append(" and p.state = :state");
            parameters.put("state", state);
        }
        if (beforeSubmittedAt.isPresent()) {
            query.append(" and (p.submittedAt < :at or (p.submittedAt = :at and p.id < :id))");
            parameters.put("at", beforeSubmittedAt.get());
            parameters.put("id", beforeId.orElseThrow());
        }
        query.append(" order by p.submittedAt desc, p.id desc");
        var typed = ProposalEntity.getEntityManager().createQuery(query.toString(), ProposalEntity.class)
                .setMaxResults(limit);
        parameters.forEach(typed::setParameter);
        return typed.getResultList().stream().map(Proposals::view).toList();
    }

    /** Withdraws an organisation's open proposals, in the caller's transaction (its accreditation was withdrawn). */
    public void withdrawOpenProposalsOf(UUID organizationId, String reason) {
        ProposalEntity.<ProposalEntity>find("organizationId = ?1 and state in ?2", organizationId,
                ProposalState.OPEN).list().forEach(p -> {
                    move(p, ProposalState.WITHDRAWN);
                    p.decisionReason = reason;
                });
    }

    private static void move(ProposalEntity proposal, ProposalState next) {
        ProposalState current = proposal.state;
        if (!current.mayMoveTo(next)) {
            throw Refused.illegalTransition(current, next, current.allowedNext());
        }
        proposal.state = next;
        proposal.updatedAt = Instant.now();
    }

    private ProposalEntity find(UUID id) {
        ProposalEntity proposal = ProposalEntity.findById(id);
        if (proposal == null || !caller.mayActFor(proposal.organizationId)) {
            throw Refused.notFound("proposal", id);
        }
        return proposal;
    }

    private static Proposal view(ProposalEntity p) {
        return new Proposal(p.id, p.organizationId, p.kind, p.title, p.summary, p.language, p.preferredDate,
                p.state, List.copyOf(p.state.allowedNext()),
                p.decisionReason, p.duplicateOf, p.eventId, p.submittedAt);
    }
}
