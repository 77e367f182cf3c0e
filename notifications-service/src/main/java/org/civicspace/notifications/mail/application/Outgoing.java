package org.civicspace.notifications.mail.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.notifications.mail.domain.EmailStatus;
import org.civicspace.notifications.mail.persistence.EmailEntity;
import org.civicspace.notifications.notice.domain.Audience;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Accepts e-mail for the relay, in the caller's transaction, so that what is accepted is never lost. */
@ApplicationScoped
public class Outgoing {

    private final ObjectMapper json;

    public Outgoing(ObjectMapper json) {
        this.json = json;
    }

    /** Records an e-mail to {@code audience}, already rendered, due now, to be sent as it is to everyone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(UUID notificationId, Audience audience, String kind, RenderedMail mail) {
        record(notificationId, audience, kind, mail, null);
    }

    /**
     * Records an e-mail to {@code audience}, rendered in the default language, due now, with the facts it was filled
     * with ({@code data}), so that the relay can write it again in each recipient's language.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(UUID notificationId, Audience audience, String kind, RenderedMail mail,
            Map<String, Object> data) {
        try {
            record(notificationId, audience, kind, mail, json.writeValueAsString(data));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the facts of a " + kind + " notice cannot be kept as JSON", e);
        }
    }

    private static void record(UUID notificationId, Audience audience, String kind, RenderedMail mail,
            String templateData) {
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
        email.templateData = templateData;
        email.status = EmailStatus.RESOLVING;
        email.nextAttemptAt = now;
        email.createdAt = now;
        email.persist();
    }
}
