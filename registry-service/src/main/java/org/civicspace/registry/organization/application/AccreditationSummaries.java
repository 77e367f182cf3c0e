package org.civicspace.registry.organization.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicspace.platform.messaging.inbox.PoisonEventException;
import org.civicspace.platform.messaging.inbox.ReceivedEvent;
import org.civicspace.registry.organization.domain.EcosocStatus;
import org.civicspace.registry.organization.messaging.AccreditationEvents;
import org.civicspace.registry.organization.messaging.AccreditationEvents.AccreditationChange;
import org.civicspace.registry.organization.persistence.OrganizationEntity;

import io.quarkus.logging.Log;

/**
 * Keeps each organisation's accreditation summary from the accreditation service's decisions. Runs inside the
 * inbox's transaction; a decision older than the one already applied for the same track is ignored, so late or
 * repeated deliveries never roll the summary back.
 */
@ApplicationScoped
public class AccreditationSummaries {

    private static final Set<String> TRACKS = Set.of("dgc", "ecosoc");

    /**
     * Loads, in one query, the organisations a batch of decisions is about, so that applying them reads none one
     * by one. An event whose data cannot be read is left for {@link #apply} to refuse.
     */
    public void load(List<ReceivedEvent> events) {
        List<UUID> ids = new ArrayList<>();
        for (ReceivedEvent event : events) {
            try {
                UUID id = event.dataAs(AccreditationChange.class).organizationId();
                if (id != null) {
                    ids.add(id);
                }
            } catch (RuntimeException unreadable) {
                Log.debugf("not preloading for %s %s: %s", event.type(), event.id(), unreadable.getMessage());
            }
        }
        if (!ids.isEmpty()) {
            OrganizationEntity.list("id in ?1", ids);
        }
    }

    public void apply(ReceivedEvent event) {
        AccreditationChange change = event.dataAs(AccreditationChange.class);
        if (change.organizationId() == null || change.decidedAt() == null || !TRACKS.contains(change.track())) {
            throw new PoisonEventException(event.type() + " " + event.id() + " lacks organizationId, decidedAt or a "
                    + "known track");
        }
        OrganizationEntity organization = OrganizationEntity.findById(change.organizationId());
        if (organization == null) {
            throw new PoisonEventException(event.type() + " " + event.id() + " is about an organisation the "
                    + "registry does not know");
        }
        switch (event.type()) {
            // a suspended accreditation does not count while it lasts; reinstatement restores it with its dates
            case AccreditationEvents.GRANTED, AccreditationEvents.STATUS_CHANGED, AccreditationEvents.REINSTATED ->
                grant(organization, change, event);
            case AccreditationEvents.WITHDRAWN, AccreditationEvents.SUSPENDED -> withdraw(organization, change);
            default -> Log.debugf("ignoring accreditation event type %s", event.type());
        }
    }

    private static void grant(OrganizationEntity organization, AccreditationChange change, ReceivedEvent event) {
        if (change.effectiveFrom() == null) {
            throw new PoisonEventException(event.type() + " " + event.id() + " lacks effectiveFrom");
        }
        if ("dgc".equals(change.track())) {
            if (isNewer(change, organization.dgcAsOf)) {
                organization.dgcAssociatedSince = change.effectiveFrom();
                organization.dgcAsOf = change.decidedAt();
            }
        } else if (isNewer(change, organization.ecosocAsOf)) {
            EcosocStatus status = ecosocStatus(change, event);
            if (!status.code().equals(organization.ecosocStatus)) {
                organization.ecosocSince = change.effectiveFrom();
            }
            organization.ecosocStatus = status.code();
            organization.ecosocAsOf = change.decidedAt();
        }
    }

    private static void withdraw(OrganizationEntity organization, AccreditationChange change) {
        if ("dgc".equals(change.track())) {
            if (isNewer(change, organization.dgcAsOf)) {
                organization.dgcAssociatedSince = null;
                organization.dgcAsOf = change.decidedAt();
            }
        } else if (isNewer(change, organization.ecosocAsOf)) {
            organization.ecosocStatus = null;
            organization.ecosocSince = null;
            organization.ecosocAsOf = change.decidedAt();
        }
    }

    private static boolean isNewer(AccreditationChange change, java.time.Instant applied) {
        return applied == null || change.decidedAt().isAfter(applied);
    }

    private static EcosocStatus ecosocStatus(AccreditationChange change, ReceivedEvent event) {
        try {
            return EcosocStatus.fromCode(change.ecosocStatus());
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException(event.type() + " " + event.id() + " has no known ECOSOC status");
        }
    }
}
