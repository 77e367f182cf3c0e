package org.civicspace.registry.organization.application;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicspace.platform.messaging.inbox.PoisonEventException;
import org.civicspace.platform.messaging.inbox.ReceivedEvent;
import org.civicspace.registry.organization.messaging.ProtectionEvents;
import org.civicspace.registry.organization.persistence.ProtectionFlagEntity;

import io.quarkus.logging.Log;

/**
 * Keeps the reprisals service's latest decision about each flagged registry id, inside the inbox's transaction: a
 * flag set, or lifted when consent is withdrawn or the case closed. The event's time keeps a late redelivery of an
 * older decision from undoing a newer one.
 */
@ApplicationScoped
public class ProtectionFlags {

    public void apply(ReceivedEvent event) {
        boolean flagged;
        switch (event.type()) {
            case ProtectionEvents.FLAGGED -> flagged = true;
            case ProtectionEvents.LIFTED -> flagged = false;
            default -> {
                Log.debugf("ignoring protection event type %s", event.type());
                return;
            }
        }
        ProtectionEvents.ProtectionFlag data = event.dataAs(ProtectionEvents.ProtectionFlag.class);
        if (data.registryId() == null) {
            throw new PoisonEventException(event.type() + " " + event.id() + " lacks registryId");
        }
        Instant asOf = event.time() != null ? event.time() : Instant.now();
        ProtectionFlagEntity flag = ProtectionFlagEntity.findById(data.registryId());
        if (flag == null) {
            flag = new ProtectionFlagEntity();
            flag.registryId = data.registryId();
        } else if (flag.asOf.isAfter(asOf)) {
            return; // a newer decision was applied
        }
        flag.flagged = flagged;
        flag.asOf = asOf;
        flag.persist();
        Log.debugf("protection of %s: %s", data.registryId(), flagged ? "flagged" : "lifted");
    }
}
