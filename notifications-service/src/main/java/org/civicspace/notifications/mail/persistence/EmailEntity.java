package org.civicspace.notifications.mail.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.civicspace.notifications.mail.domain.EmailStatus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An e-mail to send, recorded in the transaction that accepted its notice and rendered then: to an audience until
 * the relay resolves it into one e-mail per address ({@code parentId} names the audience's).
 */
@Entity
@Table(name = "email")
public class EmailEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "notification_id")
    public UUID notificationId;
    @Column(name = "parent_id")
    public UUID parentId;
    @Column(name = "audience_type")
    public String audienceType;
    @Column(name = "audience_key")
    public String audienceKey;
    /** The address, once resolved; null while the e-mail is addressed to an audience. */
    public String recipient;
    /** The username of the person at {@code recipient}, once resolved; null for an address that is no user's. */
    @Column(name = "recipient_subject")
    public String recipientSubject;
    public String kind;
    public String language;
    public String subject;
    @Column(name = "text_body")
    public String textBody;
    @Column(name = "html_body")
    public String htmlBody;
    /**
     * The facts the texts were filled with, as JSON, so that the relay can write each person's e-mail in their
     * language; null when the texts are to be sent as they are.
     */
    @Column(name = "template_data")
    public String templateData;
    @Enumerated(EnumType.STRING)
    public EmailStatus status;
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    /** The kind of the last failure (an exception class), never its message, which may hold an address. */
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "sent_at")
    public Instant sentAt;

    /** The ids of open e-mails whose time has come, the most overdue first. */
    public static List<UUID> due(Instant now, int limit) {
        return getEntityManager().createQuery("select e.id from EmailEntity e where e.status in :open"
                + " and e.nextAttemptAt <= :now order by e.nextAttemptAt", UUID.class)
                .setParameter("open", EmailStatus.OPEN).setParameter("now", now).setMaxResults(limit)
                .getResultList();
    }

    /**
     * The open e-mail {@code id}, locked for this transaction, unless another relay holds it or it is no longer due.
     */
    public static Optional<EmailEntity> claim(UUID id, Instant now) {
        @SuppressWarnings("unchecked")
        List<EmailEntity> rows = getEntityManager().createNativeQuery("select * from email where id = ?1"
                + " and status in ('RESOLVING', 'PENDING') and next_attempt_at <= ?2 for update skip locked",
                EmailEntity.class).setParameter(1, id).setParameter(2, now).getResultList();
        return rows.stream().findFirst();
    }
}
