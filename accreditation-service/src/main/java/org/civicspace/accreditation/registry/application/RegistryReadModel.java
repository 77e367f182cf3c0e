package org.civicspace.accreditation.registry.application;

import java.time.Instant;
import java.util.ArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicspace.accreditation.registry.messaging.RegistryEvents;
import org.civicspace.accreditation.registry.messaging.RegistryEvents.OrganizationSnapshot;
import org.civicspace.accreditation.registry.messaging.RegistryEvents.RepresentativeMembership;
import org.civicspace.accreditation.registry.messaging.RegistryEvents.StatusChanged;
import org.civicspace.accreditation.registry.persistence.OrganizationRecord;
import org.civicspace.accreditation.registry.persistence.RepresentativeRecord;
import org.civicspace.platform.messaging.inbox.PoisonEventException;
import org.civicspace.platform.messaging.inbox.ReceivedEvent;

import io.quarkus.logging.Log;

/**
 * Keeps the read model of the registry's organisations and representatives. Runs inside the inbox's transaction,
 * once per event; a snapshot older than the one applied (by the registry's version) never overwrites it.
 */
@ApplicationScoped
public class RegistryReadModel {

    public void applyOrganizationEvent(ReceivedEvent event) {
        switch (event.type()) {
            case RegistryEvents.REGISTERED, RegistryEvents.UPDATED -> snapshot(event.dataAs(OrganizationSnapshot.class),
                    event);
            case RegistryEvents.STATUS_CHANGED -> statusChanged(event.dataAs(StatusChanged.class), event);
            default -> Log.debugf("ignoring registry event type %s", event.type());
        }
    }

    public void applyRepresentativeEvent(ReceivedEvent event) {
        switch (event.type()) {
            case RegistryEvents.REPRESENTATIVE_ADDED, RegistryEvents.REPRESENTATIVE_ENDED ->
                membership(event.dataAs(RepresentativeMembership.class), event);
            default -> Log.debugf("ignoring registry event type %s", event.type());
        }
    }

    private static void snapshot(OrganizationSnapshot snapshot, ReceivedEvent event) {
        if (snapshot.organizationId() == null || snapshot.legalName() == null || snapshot.type() == null
                || snapshot.headquartersCountry() == null || snapshot.status() == null) {
            throw new PoisonEventException(event.type() + " " + event.id() + " lacks a required field");
        }
        OrganizationRecord organization = OrganizationRecord.findById(snapshot.organizationId());
        if (organization == null) {
            organization = new OrganizationRecord();
            organization.id = snapshot.organizationId();
            organization.registryVersion = -1;
        }
        if (snapshot.version() < organization.registryVersion) {
            return;
        }
        organization.legalName = snapshot.legalName();
        organization.type = snapshot.type();
        organization.headquartersCountry = snapshot.headquartersCountry();
        organization.themes = snapshot.themes() == null ? new ArrayList<>()
                : new ArrayList<>(snapshot.themes());
        organization.status = snapshot.status();
        organization.registryVersion = snapshot.version();
        organization.updatedAt = Instant.now();
        organization.persist();
    }

    private static void statusChanged(StatusChanged change, ReceivedEvent event) {
        if (change.organizationId() == null || change.to() == null) {
            throw new PoisonEventException(event.type() + " " + event.id() + " lacks organizationId or to");
        }
        OrganizationRecord organization = OrganizationRecord.findById(change.organizationId());
        if (organization == null) {
            // registered is on the same partition and always comes first; a status change alone is an error upstream
            throw new PoisonEventException(event.type() + " " + event.id() + " is about an unknown organisation");
        }
        if (change.version() >= organization.registryVersion) {
            organization.status = change.to();
            organization.registryVersion = change.version();
            organization.updatedAt = Instant.now();
        }
    }

    private static void membership(RepresentativeMembership membership, ReceivedEvent event) {
        if (membership.representativeId() == null || membership.organizationId() == null
                || membership.startDate() == null) {
            throw new PoisonEventException(event.type() + " " + event.id() + " lacks a required field");
        }
        RepresentativeRecord representative = RepresentativeRecord.findById(membership.representativeId());
        if (representative == null) {
            representative = new RepresentativeRecord();
            representative.id = membership.representativeId();
        } else if (representative.endDate != null && membership.endDate() == null) {
            return; // an ended membership stays ended: the registry never reopens one
        }
        representative.organizationId = membership.organizationId();
        representative.dateOfBirth = membership.dateOfBirth();
        representative.startDate = membership.startDate();
        representative.endDate = membership.endDate();
        representative.updatedAt = Instant.now();
        representative.persist();
    }
}
