package org.civicspace.reprisals.protection.application;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.reprisals.audit.application.AuditLog;
import org.civicspace.reprisals.audit.domain.AuditAction;
import org.civicspace.reprisals.casefile.application.CaseVault;
import org.civicspace.reprisals.casefile.domain.VictimIdentity;
import org.civicspace.reprisals.casefile.messaging.CaseEventPublisher;
import org.civicspace.reprisals.casefile.persistence.CaseEntity;
import org.civicspace.reprisals.casefile.persistence.VictimEntity;
import org.civicspace.reprisals.commons.domain.Actor;
import org.civicspace.reprisals.protection.persistence.ProtectionFlagEntity;

import io.quarkus.logging.Log;

/**
 * Protection flags: the registry id of a consenting victim published to the other services, and lifted again when
 * the consent it rested on is withdrawn or the case closes. A flag and its lifting carry the registry id alone.
 */
@ApplicationScoped
public class ProtectionFlags {

    private final CaseVault vault;
    private final CaseEventPublisher events;
    private final AuditLog audit;

    public ProtectionFlags(CaseVault vault, CaseEventPublisher events, AuditLog audit) {
        this.vault = vault;
        this.events = events;
        this.audit = audit;
    }

    /** The victim's registry id, if the case's data is not erased and the victim is linked to the registry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> registryIdOf(CaseEntity c, VictimEntity victim) {
        return vault.keyOf(c).filter(k -> victim.sealed != null)
                .map(k -> vault.open(k, victim.id, victim.sealed, VictimIdentity.class).registryId());
    }

    /** Publishes the flag of {@code victim}, whose consent to share with UN entities the caller has checked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flag(Actor actor, CaseEntity c, VictimEntity victim, UUID registryId) {
        boolean active = ProtectionFlagEntity.activeOfCase(c.id).stream().anyMatch(f -> f.victimId.equals(victim.id));
        if (!active) {
            ProtectionFlagEntity flag = new ProtectionFlagEntity();
            flag.id = UUID.randomUUID();
            flag.caseId = c.id;
            flag.victimId = victim.id;
            flag.flaggedAt = Instant.now();
            flag.persist();
        }
        events.publishProtectionFlag(registryId);
        audit.record(actor, AuditAction.PROTECTION_FLAG_PUBLISHED, c.id, null, AuditLog.DONE);
    }

    /**
     * Lifts the active flags of the given victims of {@code c} ({@code reason} goes to the audit log). Call it
     * before their identifying data is erased: the registry id to lift is sealed with it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lift(Actor actor, CaseEntity c, Collection<UUID> victimIds, String reason) {
        for (ProtectionFlagEntity flag : ProtectionFlagEntity.activeOfCase(c.id)) {
            if (!victimIds.contains(flag.victimId)) {
                continue;
            }
            VictimEntity victim = VictimEntity.findById(flag.victimId);
            Optional<UUID> registryId = victim == null ? Optional.empty() : registryIdOf(c, victim);
            registryId.ifPresent(events::publishProtectionLift);
            flag.liftedAt = Instant.now();
            flag.liftReason = reason;
            audit.record(actor, AuditAction.PROTECTION_FLAG_LIFTED, c.id, null, reason);
            if (registryId.isEmpty()) {
                Log.errorf("protection flag %s of case %s lifted without a registry id to publish", flag.id, c.id);
            }
        }
    }

    /** Lifts every active flag of {@code c}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void liftAll(Actor actor, CaseEntity c, String reason) {
        lift(actor, c, ProtectionFlagEntity.activeOfCase(c.id).stream().map(f -> f.victimId).toList(), reason);
    }
}
