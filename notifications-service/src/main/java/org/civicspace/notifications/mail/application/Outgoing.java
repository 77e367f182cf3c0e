package org.civicspace.notifications.mail.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.notifications.mail.domain.EmailStatus;
import org.civicspace.notifications.mail.persistence.EmailEntity;
import org.civicspace.notifications.notice.domain.Audience;

/** Accepts e-mail for the relay, in the caller's transaction, so that what is accepted is never lost. */
@ApplicationScoped
public class Outgoing {

    /** Records an e-mail to {@code audience}, already rendered, due now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(UUID notificationId, Audience audience, String kind, RenderedMail mail) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        EmailEntity email = new EmailEntity();
        email.id = UUID.randomUUID();
        email.notificationId = notificationId;
        email.audienceType = audience.type();
        email.audienceKey = audience.key();
        email.kind = kind;
        email.language = mail.language();
        email.subject = mail.subject();
        email.textBody = mail.text();
        email.htmlBody = mail.html();
        email.status = EmailStatus.RESOLVING;
        email.nextAttemptAt = now;
        email.createdAt = now;
        email.persist();
    }
}
