package org.civicspace.notifications.notice.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.notifications.mail.application.MailSettings;
import org.civicspace.notifications.mail.application.MailTemplates;
import org.civicspace.notifications.mail.application.Outgoing;
import org.civicspace.notifications.mail.application.RenderedMail;
import org.civicspace.notifications.notice.domain.Notice;
import org.civicspace.notifications.notice.persistence.NotificationEntity;

import io.quarkus.logging.Log;

/**
 * Records a notice in its audience's in-app inbox and, for a kind that is mailed, the e-mail to send, rendered
 * once, in the caller's transaction (the inbox's): both are kept, or neither.
 */
@ApplicationScoped
public class Notifier {

    private final MailTemplates templates;
    private final Outgoing outgoing;
    private final MailSettings settings;

    public Notifier(MailTemplates templates, Outgoing outgoing, MailSettings settings) {
        this.templates = templates;
        this.outgoing = outgoing;
        this.settings = settings;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(Notice notice, String sourceEventId) {
        String link = settings.webUrl().replaceAll("/+$", "") + notice.path();
        Map<String, Object> data = new HashMap<>(notice.facts());
        data.put("link", link);
        RenderedMail texts = templates.render(notice.kind().code(), settings.defaultLanguage(), data);

        NotificationEntity notification = new NotificationEntity();
        notification.id = UUID.randomUUID();
        notification.kind = notice.kind().code();
        notification.audienceType = notice.audience().type();
        notification.audienceKey = notice.audience().key();
        notification.aboutId = notice.aboutId();
        notification.sourceEventId = sourceEventId;
        notification.title = texts.subject();
        notification.body = texts.text();
        notification.link = link;
        notification.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        notification.persist();
        if (notice.kind().mailed()) {
            outgoing.queue(notification.id, notice.audience(), notification.kind, texts, data);
        }
        Log.debugf("notice %s %s for a %s audience from event %s", notification.id, notification.kind,
                notification.audienceType, sourceEventId);
    }
}
