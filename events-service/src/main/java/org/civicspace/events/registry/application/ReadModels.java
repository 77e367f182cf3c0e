package org.civicspace.events.registry.application;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicspace.events.proposal.application.Proposals;
import org.civicspace.events.registration.application.CancellingRegistrations;
import org.civicspace.events.registry.messaging.ConsumedEvents;
import org.civicspace.events.registry.messaging.ConsumedEvents.AccreditationChange;
import org.civicspace.events.registry.messaging.ConsumedEvents.OrganizationSnapshot;
import org.civicspace.events.registry.messaging.ConsumedEvents.RepresentativeMembership;
import org.civicspace.events.registry.persistence.OrganizationRecord;
import org.civicspace.events.registry.persistence.ProtectionFlag;
import org.civicspace.events.registry.persistence.RepresentativeRecord;
import org.civicspace.platform.messaging.inbox.PoisonEventException;
import org.civicspace.platform.messaging.inbox.ReceivedEvent;

import io.quarkus.logging.Log;

/**
 * Keeps what this service knows of other services, from their events, each applied once inside the inbox's
 * transaction: organisations' names and DGC association, representatives' dates of birth and choice to be named,
 * protection flags (set and lifted). A
 * withdrawn association cancels the organisation's future registrations and open proposals.
 */
@ApplicationScoped
public class ReadModels {

    private final CancellingRegistrations registrations;
    private final Proposals proposals;

    public ReadModels(CancellingRegistrations registrations, Proposals proposals) {
        this.registrations = registrations;
        this.proposals = proposals;
    }

    public void applyRegistryEvent(ReceivedEvent event) {
        switch (event.type()) {
            case ConsumedEvents.ORGANIZATION_REGISTERED, ConsumedEvents.ORGANIZATION_UPDATED -> {
                OrganizationSnapshot snapshot = event.dataAs(OrganizationSnapshot.class);
                require(snapshot.organizationId() != null, event);
                OrganizationRecord organization = organization(snapshot.organizationId());
                if (snapshot.version() >= organization.registryVersion) {
                    organization.legalName = snapshot.legalName();
                    organization.registryVersion = snapshot.version();
                }
            }
            case ConsumedEvents.REPRESENTATIVE_ADDED, ConsumedEvents.REPRESENTATIVE_ENDED,
                    ConsumedEvents.REPRESENTATIVE_NAMING_CHANGED -> {
                RepresentativeMembership membership = event.dataAs(RepresentativeMembership.class);
                require(membership.representativeId() != null && membership.organizationId() != null, event);
                RepresentativeRecord representative = RepresentativeRecord.findById(membership.representativeId());
                if (representative == null) {
                    representative = new RepresentativeRecord();
                    representative.id = membership.representativeId();
                } else if (representative.endDate != null && membership.endDate() == null) {
                    return; // an ended membership stays ended
                }
                representative.organizationId = membership.organizationId();
                representative.dateOfBirth = membership.dateOfBirth();
                representative.endDate = membership.endDate();
                representative.publiclyNamed = Boolean.TRUE.equals(membership.publiclyNamed());
                representative.updatedAt = Instant.now();
                representative.persist();
            }
            default -> Log.debugf("ignoring registry event type %s", event.type());
        }
    }

    public void applyAccreditationEvent(ReceivedEvent event) {
        if (!event.type().startsWith(ConsumedEvents.ACCREDITATION_PREFIX)) {
            return;
        }
        AccreditationChange change = event.dataAs(AccreditationChange.class);
        require(change.organizationId() != null && change.decidedAt() != null, event);
        event.notAfterPublication(change.decidedAt(), "decidedAt");
        if (!"dgc".equals(change.track())) {
            return;
        }
        String fact = event.type().substring(ConsumedEvents.ACCREDITATION_PREFIX.length()).replaceAll("\\.v\\d+$", "");
        String status = switch (fact) {
            case "granted", "reinstated", "status-changed" -> "active";
            case "suspended" -> "suspended";
            case "withdrawn" -> "withdrawn";
            default -> null;
        };
        if (status == null) {
            return;
        }
        OrganizationRecord organization = organization(change.organizationId());
        if (organization.dgcAsOf != null && !change.decidedAt().isAfter(organization.dgcAsOf)) {
            return; // an older decision than the one applied
        }
        organization.dgcStatus = status;
        organization.dgcAsOf = change.decidedAt();
        if ("withdrawn".equals(status)) {
            registrations.cancelFutureRegistrationsOf(organization.id, "DGC association withdrawn");
            proposals.withdrawOpenProposalsOf(organization.id, "DGC association withdrawn");
        }
    }

    /**
     * A registry id (a person or an organisation) flagged or lifted. The flags of one id come in order (they are keyed
     * by it), and the event's time keeps a late redelivery of an older decision from undoing a newer one.
     */
    public void applyProtectionEvent(ReceivedEvent event) {
        boolean flagged;
        switch (event.type()) {
            case ConsumedEvents.PROTECTION_FLAGGED -> flagged = true;
            case ConsumedEvents.PROTECTION_LIFTED -> flagged = false;
            default -> {
                Log.debugf("ignoring protection event type %s", event.type());
                return;
            }
        }
        ConsumedEvents.ProtectionFlag data = event.dataAs(ConsumedEvents.ProtectionFlag.class);
        require(data.registryId() != null, event);
        Instant asOf = event.time() != null ? event.time() : Instant.now();
        ProtectionFlag flag = ProtectionFlag.findById(data.registryId());
        if (flag == null) {
            flag = new ProtectionFlag();
            flag.registryId = data.registryId();
        } else if (flag.asOf.isAfter(asOf)) {
            return; // a newer decision was applied
        }
        flag.flagged = flagged;
        flag.asOf = asOf;
        flag.persist();
        Log.debugf("protection of %s: %s", data.registryId(), flagged ? "flagged" : "lifted");
    }

    private static OrganizationRecord organization(UUID id) {
        OrganizationRecord organization = OrganizationRecord.findById(id);
        if (organization == null) {
            organization = new OrganizationRecord();
            organization.id = id;
            organization.updatedAt = Instant.now();
            organization.persist();
        }
        organization.updatedAt = Instant.now();
        return organization;
    }

    private static void require(boolean condition, ReceivedEvent event) {
        if (!condition) {
            throw new PoisonEventException(event.type() + " " + event.id() + " lacks a required field");
        }
    }
}
