package org.civicspace.notifications.notice.persistence;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * That one person marked a notification read: per person, so that each user of an organisation keeps their own
 * unread count.
 */
@Entity
@Table(name = "notification_read")
@IdClass(NotificationReadEntity.Key.class)
public class NotificationReadEntity extends PanacheEntityBase {

    @Id
    @Column(name = "notification_id")
    public UUID notificationId;
    @Id
    public String subject;
    @Column(name = "read_at")
    public Instant readAt;

    /** The composite key: one mark per notification and person. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public UUID notificationId;
        public String subject;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(notificationId, key.notificationId)
                    && Objects.equals(subject, key.subject);
        }

        @Override
        public int hashCode() {
            return Objects.hash(notificationId, subject);
        }
    }

    /** Marks it read; a second mark changes nothing (the first time stays). */
    public static void mark(UUID notificationId, String subject, Instant at) {
        getEntityManager().createNativeQuery("insert into notification_read (notification_id, subject, read_at)"
                + " values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, notificationId).setParameter(2, subject).setParameter(3, at).executeUpdate();
    }

    /** Which of {@code ids} {@code subject} has read. */
    public static Set<UUID> readAmong(List<UUID> ids, String subject) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return NotificationReadEntity.<NotificationReadEntity>list("notificationId in ?1 and subject = ?2", ids,
                subject).stream().map(r -> r.notificationId).collect(Collectors.toSet());
    }
}
