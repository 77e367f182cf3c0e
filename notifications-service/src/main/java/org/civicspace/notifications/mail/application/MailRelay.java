package org.civicspace.notifications.mail.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicspace.notifications.mail.domain.EmailStatus;
import org.civicspace.notifications.mail.domain.RetrySchedule;
import org.civicspace.notifications.mail.persistence.EmailEntity;
import org.civicspace.notifications.notice.domain.Audience;
import org.civicspace.notifications.notice.domain.NoticeKind;
import org.civicspace.notifications.preference.application.RecipientPreferences;
import org.civicspace.notifications.preference.domain.NotificationPreferences;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends the accepted e-mail: resolves an audience into one e-mail per address, each in its reader's language and
 * recorded as skipped for a reader who turned its kind off, then hands each to the SMTP relay.
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
    private final RecipientPreferences preferences;
    private final MailTemplates templates;
    private final ObjectMapper json;

    public MailRelay(Mailer mailer, Directory directory, MailSettings settings, RecipientPreferences preferences,
            MailTemplates templates, ObjectMapper json) {
        this.mailer = mailer;
        this.directory = directory;
        this.settings = settings;
        this.preferences = preferences;
        this.templates = templates;
        this.json = json;
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
        List<Recipient> recipients = directory.recipientsOf(Audience.of(email.audienceType, email.audienceKey));
        Map<String, NotificationPreferences> chosen = preferences
                .of(recipients.stream().flatMap(r -> r.subject().stream()).toList());
        Optional<NoticeKind> kind = noticeKind(email.kind);
        Map<String, RenderedMail> byLanguage = new HashMap<>();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        int skipped = 0;
        for (Recipient recipient : recipients) {
            NotificationPreferences theirs = recipient.subject().map(chosen::get)
                    .orElse(NotificationPreferences.defaults());
            boolean wanted = kind.map(theirs::wantsEmail).orElse(true);
            RenderedMail texts = wanted ? byLanguage.computeIfAbsent(theirs.language().code(), l -> texts(email, l))
                    : new RenderedMail(email.language, email.subject, email.textBody, email.htmlBody);
            EmailEntity one = new EmailEntity();
            one.id = UUID.randomUUID();
            one.parentId = email.id;
            one.notificationId = email.notificationId;
            one.audienceType = email.audienceType;
            one.audienceKey = email.audienceKey;
            one.recipient = recipient.address();
            one.recipientSubject = recipient.subject().orElse(null);
            one.kind = email.kind;
            one.language = texts.language();
            one.subject = texts.subject();
            one.textBody = texts.text();
            one.htmlBody = texts.html();
            // a person who turned this kind off is recorded as skipped, never silently left out
            one.status = wanted ? EmailStatus.PENDING : EmailStatus.SKIPPED;
            one.nextAttemptAt = now;
            one.createdAt = now;
            one.persist();
            skipped += wanted ? 0 : 1;
        }
        email.status = recipients.isEmpty() ? EmailStatus.NO_ADDRESS : EmailStatus.RESOLVED;
        Log.debugf("e-mail %s (%s) resolved into %d, %d of them skipped by preference", email.id, email.kind,
                recipients.size(), skipped);
    }

    /**
     * The audience's texts in {@code language}: written again from the facts kept with the e-mail (the templates
     * fall back to English per kind), or as accepted when no facts were kept or the language is the one they are in.
     */
    private RenderedMail texts(EmailEntity email, String language) {
        if (email.templateData == null || language.equals(email.language)) {
            return new RenderedMail(email.language, email.subject, email.textBody, email.htmlBody);
        }
        try {
            Map<String, Object> data = json.readValue(email.templateData, new TypeReference<Map<String, Object>>() {
            });
            return templates.render(email.kind, language, data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the facts kept with e-mail " + email.id + " cannot be read", e);
        }
    }

    /** The notice kind an e-mail tells of; empty for mail that is no notice (a webhook contact's). */
    private static Optional<NoticeKind> noticeKind(String code) {
        return Arrays.stream(NoticeKind.values()).filter(k -> k.code().equals(code)).findFirst();
    }

    private void send(EmailEntity email) {
        mailer.send(Mail.withText(email.recipient, email.subject, email.textBody).setHtml(email.htmlBody));
        email.status = EmailStatus.SENT;
        email.sentAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        email.attempts++;
        Log.debugf("e-mail %s (%s) sent", email.id, email.kind);
    }
}
