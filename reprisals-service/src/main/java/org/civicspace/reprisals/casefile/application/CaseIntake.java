package org.civicspace.reprisals.casefile.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.civicspace.platform.domain.Outcome;
import org.civicspace.platform.domain.Refusal;
import org.civicspace.reprisals.audit.application.AuditLog;
import org.civicspace.reprisals.audit.domain.AuditAction;
import org.civicspace.reprisals.casefile.domain.CaseEvent;
import org.civicspace.reprisals.casefile.domain.CaseReferences;
import org.civicspace.reprisals.casefile.domain.CaseStatus;
import org.civicspace.reprisals.casefile.domain.IntakeChannel;
import org.civicspace.reprisals.casefile.domain.NeedToKnow;
import org.civicspace.reprisals.casefile.domain.RiskFactor;
import org.civicspace.reprisals.casefile.domain.RiskLevel;
import org.civicspace.reprisals.casefile.domain.VictimIdentity;
import org.civicspace.reprisals.casefile.messaging.CaseEventPublisher;
import org.civicspace.reprisals.casefile.persistence.ActEntity;
import org.civicspace.reprisals.casefile.persistence.AssignmentEntity;
import org.civicspace.reprisals.casefile.persistence.CaseEntity;
import org.civicspace.reprisals.casefile.persistence.VictimEntity;
import org.civicspace.reprisals.commons.domain.Actor;
import org.civicspace.reprisals.consent.domain.ConsentScope;
import org.civicspace.reprisals.consent.persistence.ConsentEntity;
import org.civicspace.reprisals.crypto.application.BlindIndex;
import org.civicspace.reprisals.crypto.domain.DataKey;
import org.civicspace.reprisals.duplicates.application.DuplicateReferrals;

import io.quarkus.logging.Log;

/**
 * Opens a case from a report: sealed identifying data, blind indexes for duplicate hints, consent as given, and the
 * case's first assignment and risk assessment, committed in one transaction with its audit entry and event.
 */
@ApplicationScoped
public class CaseIntake {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CaseVault vault;
    private final BlindIndex blindIndex;
    private final AuditLog audit;
    private final CaseEventPublisher events;
    private final EntityManager entityManager;
    private final DuplicateReferrals referrals;
    private final RiskAssessments risks;
    private final CaseAssignments assignments;

    public CaseIntake(CaseVault vault, BlindIndex blindIndex, AuditLog audit, CaseEventPublisher events,
            EntityManager entityManager, DuplicateReferrals referrals, RiskAssessments risks,
            CaseAssignments assignments) {
        this.vault = vault;
        this.blindIndex = blindIndex;
        this.audit = audit;
        this.events = events;
        this.entityManager = entityManager;
        this.referrals = referrals;
        this.risks = risks;
        this.assignments = assignments;
    }

    /**
     * A new case: its id and reference, the one-time follow-up secret of a secure intake, and a duplicate hint that
     * considers only the cases the reporter may see.
     */
    public record Reported(UUID caseId, String reference, String followUpSecret, boolean possibleDuplicate) {
    }

    @Transactional
    public Outcome<Reported> report(Actor actor, CaseReport report, IntakeChannel channel) {
        if (!report.consent().scopes().contains(ConsentScope.DOCUMENT)) {
            return Outcome.refused(new Refusal.Invalid("consent.scopes",
                    "must include document: nothing can be recorded without consent to document it"));
        }
        Instant now = Instant.now();
        CaseEntity c = new CaseEntity();
        c.id = UUID.randomUUID();
        c.reference = CaseReferences.next();
        c.status = CaseStatus.REPORTED;
        c.country = report.country();
        c.primaryActType = report.acts().get(0).type();
        c.unMechanism = report.engagement().mechanism();
        c.intakeChannel = channel;
        c.reportedAt = now;
        c.updatedAt = now;
        DataKey key = vault.newKeyFor(c);
        c.sealedDossier = vault.seal(key, c.id, new Dossier(report.narrative(), report.exactLocation(),
                report.engagement().label(), report.engagement().eventsServiceId(),
                report.sources() == null ? List.of() : report.sources()));
        String secret = null;
        if (channel == IntakeChannel.SECURE_INTAKE) {
            secret = newSecret();
            c.followUpSecretHash = hashOfSecret(secret);
        }
        c.persist();

        Set<UUID> matches = new LinkedHashSet<>();
        short position = 0;
        for (CaseReport.Victim input : report.victims()) {
            VictimEntity victim = new VictimEntity();
            victim.id = UUID.randomUUID();
            victim.caseId = c.id;
            victim.reportedPosition = position++;
            victim.kind = input.kind();
            victim.sealed = vault.seal(key, victim.id,
                    new VictimIdentity(input.name(), input.contact(), input.exactLocation(), input.registryId()));
            victim.persist();
            matches.addAll(indexVictim(c.id, victim.id, input));
            recordConsent(c.id, victim.id, report.consent(), actor, now);
        }
        for (CaseReport.Act input : report.acts()) {
            ActEntity act = new ActEntity();
            act.id = UUID.randomUUID();
            act.caseId = c.id;
            act.actType = input.type();
            act.occurredOn = input.occurredOn();
            act.country = input.country();
            act.perpetrator = input.perpetrator();
            act.persist();
        }
        if (channel == IntakeChannel.CASE_OFFICER) {
            assignments.assign(c.id, actor.subject(), actor, now);
        }
        if (report.immediateDanger()) {
            risks.assess(c, RiskLevel.CRITICAL, EnumSet.of(RiskFactor.SELF_REPORTED_IMMEDIATE_DANGER), actor, now);
        }
        events.publish(CaseEvent.reported(c.facts()));
        audit.record(actor, AuditAction.CASE_REPORTED, c.id, null, channel.name());
        // a match in a case the reporter may not see tells the reporter nothing: it goes to the supervisors
        Map<Boolean, List<UUID>> visible = matches.stream()
                .collect(Collectors.partitioningBy(id -> NeedToKnow.mayAccess(actor, AssignmentEntity.officersOf(id))));
        boolean possibleDuplicate = !visible.get(true).isEmpty();
        referrals.refer(actor, c.id, visible.get(false));
        Log.infof("case %s reported through %s", c.id, channel);
        return Outcome.done(new Reported(c.id, c.reference, secret, possibleDuplicate));
    }

    private void recordConsent(UUID caseId, UUID victimId, CaseReport.ConsentGiven given, Actor actor, Instant now) {
        ConsentEntity consent = new ConsentEntity();
        consent.id = UUID.randomUUID();
        consent.caseId = caseId;
        consent.victimId = victimId;
        consent.givenBy = given.givenBy();
        consent.channel = given.channel();
        consent.scopes = ConsentEntity.encode(given.scopes());
        consent.givenAt = now;
        consent.recordedBy = actor.subject();
        consent.persist();
    }

    /** Writes the blind index of a victim; returns the other cases that already have one of the same digests. */
    private List<UUID> indexVictim(UUID caseId, UUID victimId, CaseReport.Victim victim) {
        Set<String> digests = new LinkedHashSet<>();
        digests.add(blindIndex.digest("name", victim.name()));
        if (victim.contact() != null && !victim.contact().isBlank()) {
            digests.add(blindIndex.digest("contact", victim.contact()));
        }
        List<UUID> others = new java.util.ArrayList<>();
        for (String digest : digests) {
            @SuppressWarnings("unchecked")
            List<UUID> sharing = entityManager.createNativeQuery(
                    "SELECT DISTINCT case_id FROM victim_blind_index WHERE digest = ?1 AND case_id <> ?2", UUID.class)
                    .setParameter(1, digest).setParameter(2, caseId).getResultList();
            others.addAll(sharing);
            entityManager.createNativeQuery(
                    "INSERT INTO victim_blind_index (victim_id, case_id, digest) VALUES (?1, ?2, ?3)")
                    .setParameter(1, victimId).setParameter(2, caseId).setParameter(3, digest).executeUpdate();
        }
        return others;
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 suffices: the secret is 256 random bits, so there is nothing to guess that a slow hash would protect. */
    public static String hashOfSecret(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
