package org.civicspace.reprisals.intake.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.platform.domain.Outcome;
import org.civicspace.platform.domain.Refusal;
import org.civicspace.reprisals.audit.application.AuditLog;
import org.civicspace.reprisals.audit.domain.AuditAction;
import org.civicspace.reprisals.casefile.application.CaseIntake;
import org.civicspace.reprisals.casefile.application.CaseNotes;
import org.civicspace.reprisals.casefile.domain.IntakeChannel;
import org.civicspace.reprisals.casefile.domain.NoteSource;
import org.civicspace.reprisals.casefile.domain.PublicStatus;
import org.civicspace.reprisals.casefile.persistence.CaseEntity;
import org.civicspace.reprisals.commons.domain.Actor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The secure intake: anyone may report, and gets back only a case reference and a follow-up secret, shown once.
 * With both, they may add information and see a coarse status, nothing else: not the case, not who handles it.
 */
@ApplicationScoped
public class IntakeService {

    private final CaseIntake intake;
    private final CaseNotes notes;
    private final AuditLog audit;

    public IntakeService(CaseIntake intake, CaseNotes notes, AuditLog audit) {
        this.intake = intake;
        this.notes = notes;
        this.audit = audit;
    }

    /** What a reporter receives: keep the secret, it cannot be shown again. */
    @Schema(name = "IntakeReceipt")
    public record Receipt(@Schema(example = "RC-7K3QD-9XW2M") String reference,
            @Schema(description = "Shown this once only", example = "q5nN0xYd4Ay0Kt0mWc7bVjPp7fQqQk7f2cXy3wQd9ZE")
            String followUpSecret) {
    }

    /** The status a reporter may see. */
    @Schema(name = "ReporterStatus")
    public record ReporterStatus(@Schema(example = "RC-7K3QD-9XW2M") String reference, PublicStatus status) {
    }

    @Transactional
    public Outcome<Receipt> submit(SecureReport report) {
        Outcome<CaseIntake.Reported> reported = intake.report(Actor.SECURE_INTAKE, report.toReport(),
                IntakeChannel.SECURE_INTAKE);
        if (reported instanceof Outcome.Done<CaseIntake.Reported> done) {
            return Outcome.done(new Receipt(done.value().reference(), done.value().followUpSecret()));
        }
        return Outcome.refused(((Outcome.Refused<CaseIntake.Reported>) reported).refusal());
    }

    @Transactional
    public Outcome<ReporterStatus> addInformation(String reference, String secret, String information) {
        Optional<CaseEntity> found = authenticated(reference, secret, AuditAction.FOLLOW_UP_RECEIVED);
        if (found.isEmpty()) {
            return Outcome.refused(new Refusal.NotFound("case", reference));
        }
        CaseEntity c = found.get();
        Outcome<UUID> sealed = notes.seal(c, Actor.SECURE_INTAKE, information, NoteSource.SECURE_FOLLOW_UP);
        if (sealed instanceof Outcome.Refused<UUID> refused) {
            return Outcome.refused(refused.refusal());
        }
        audit.record(Actor.SECURE_INTAKE, AuditAction.FOLLOW_UP_RECEIVED, c.id);
        return Outcome.done(new ReporterStatus(c.reference, c.status.publicStatus()));
    }

    @Transactional
    public Outcome<ReporterStatus> status(String reference, String secret) {
        Optional<CaseEntity> found = authenticated(reference, secret, AuditAction.STATUS_SHOWN_TO_REPORTER);
        if (found.isEmpty()) {
            return Outcome.refused(new Refusal.NotFound("case", reference));
        }
        CaseEntity c = found.get();
        audit.record(Actor.SECURE_INTAKE, AuditAction.STATUS_SHOWN_TO_REPORTER, c.id);
        return Outcome.done(new ReporterStatus(c.reference, c.status.publicStatus()));
    }

    /** The case whose reference and secret match; a wrong secret and an unknown reference look the same. */
    private Optional<CaseEntity> authenticated(String reference, String secret, AuditAction attempted) {
        Optional<CaseEntity> found = CaseEntity.byReference(reference);
        byte[] presented = CaseIntake.hashOfSecret(secret).getBytes(StandardCharsets.UTF_8);
        boolean matches = found.map(c -> c.followUpSecretHash)
                .map(stored -> MessageDigest.isEqual(stored.getBytes(StandardCharsets.UTF_8), presented))
                .orElse(false);
        if (!matches) {
            found.ifPresent(c -> audit.record(Actor.SECURE_INTAKE, AuditAction.ACCESS_DENIED, c.id, null,
                    "REFUSED:" + attempted + ":wrong secret"));
            return Optional.empty();
        }
        return found;
    }
}
