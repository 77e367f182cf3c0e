package org.civicspace.notifications.mail.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicspace.notifications.mail.domain.EmailStatus;
import org.civicspace.notifications.mail.domain.RetrySchedule;
import org.civicspace.notifications.mail.persistence.EmailEntity;
import org.civicspace.notifications.notice.domain.Audience;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends the accepted e-mail: resolves an audience into one e-mail per address, then hands each to the SMTP relay.
 * A failure (Keycloak or SMTP down) leaves the e-mail open for a later round, after a growing wait; nothing is
 * dropped. Each e-mail is locked while it is worked on (SKIP LOCKED), so that replicas share the work.
 *
 * <p>SMTP cannot join our transaction: if the process dies after the relay accepted a message and before its row
 * records it, the message is sent again. We err on the side of a duplicate, never of a loss.
 */
@ApplicationScoped
public class MailRelay {

    private final Mailer mailer;
    private final Directory directory;
    private final MailSettings settings;
    private final RetrySchedule retries;

    public MailRelay(Mailer mailer, Directory directory, MailSettings settings) {
        this.mailer = mailer;
        this.directory = directory;
        this.settings = settings;
        this.retries = new RetrySchedule(settings.firstRetry(), settings.longestRetry());
    }

    @Scheduled(every = "${civicspace.notifications.relay-interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        int worked;
        do {
            worked = round();
        } while (worked == settings.relayBatchSize());
    }

    /** One round: every due e-mail, each in a transaction of its own; answers how many were due. */
    int round() {
        Instant now = Instant.now();
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> EmailEntity.due(now,
                settings.relayBatchSize()));
        for (UUID id : due) {
            QuarkusTransaction.requiringNew().run(() -> EmailEntity.claim(id, now).ifPresent(this::work));
        }
        return due.size();
    }

    private void work(EmailEntity email) {
        try {
            if (email.status == EmailStatus.RESOLVING) {
                resolve(email);
            } else {
                send(email);
            }
        } catch (RuntimeException e) {
            email.attempts++;
            email.lastError = e.getClass().getName();
            email.nextAttemptAt = retries.nextAttempt(email.attempts, Instant.now()).truncatedTo(ChronoUnit.MICROS);
            Log.infof("e-mail %s (%s) failed attempt %d with %s; next at %s", email.id, email.kind, email.attempts,
                    email.lastError, email.nextAttemptAt);
        }
    }

    private void resolve(EmailEntity email) {
        List<String> addresses = directory.addressesOf(Audience.of(email.audienceType, email.audienceKey));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (String address : addresses) {
            EmailEntity one = new EmailEntity();
            one.id = UUID.randomUUID();
            one.parentId = email.id;
            one.notificationId = email.notificationId;
            one.audienceType = email.audienceType;
            one.audienceKey = email.audienceKey;
            one.recipient = address;
            one.kind = email.kind;
            one.language = email.language;
            one.subject = email.subject;
            one.textBody = email.textBody;
            one.htmlBody = email.htmlBody;
            one.status = EmailStatus.PENDING;
            one.nextAttemptAt = now;
            one.createdAt = now;
            one.persist();
        }
        email.status = addresses.isEmpty() ? EmailStatus.NO_ADDRESS : EmailStatus.RESOLVED;
        Log.debugf("e-mail %s (%s) resolved into %d", email.id, email.kind, addresses.size());
    }

    private void send(EmailEntity email) {
        mailer.send(Mail.withText(email.recipient, email.subject, email.textBody).setHtml(email.htmlBody));
        email.status = EmailStatus.SENT;
        email.sentAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        email.attempts++;
        Log.debugf("e-mail %s (%s) sent", email.id, email.kind);
    }
}
