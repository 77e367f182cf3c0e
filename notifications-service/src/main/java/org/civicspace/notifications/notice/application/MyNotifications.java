package org.civicspace.notifications.notice.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.notifications.notice.domain.NoticeKind;
import org.civicspace.notifications.notice.persistence.NotificationEntity;
import org.civicspace.notifications.notice.persistence.NotificationReadEntity;
import org.civicspace.platform.domain.Refused;

/**
 * A person's in-app inbox: what is addressed to them, to their organisation or to a role they hold; nobody else's.
 * Someone else's notification is "not found", exactly as one that does not exist.
 */
@ApplicationScoped
public class MyNotifications {

    /** Up to {@code limit} notifications, newest first, after the position given (the item's time and id). */
    @Transactional
    public List<NotificationItem> list(Reader reader, boolean unreadOnly, Optional<Instant> afterAt,
            Optional<UUID> afterId, int limit) {
        List<NotificationEntity> rows = NotificationEntity.visibleTo(reader.subject(), reader.organizationKey(),
                reader.roleKeys(), unreadOnly, afterAt, afterId, limit);
        Set<UUID> read = NotificationReadEntity.readAmong(rows.stream().map(n -> n.id).toList(), reader.subject());
        return rows.stream().map(n -> new NotificationItem(n.id, NoticeKind.fromCode(n.kind), n.title, n.body, n.link,
                n.createdAt, read.contains(n.id))).toList();
    }

    @Transactional
    public long unreadCount(Reader reader) {
        return NotificationEntity.unreadBy(reader.subject(), reader.organizationKey(), reader.roleKeys());
    }

    /** Marks it read for this reader alone; again changes nothing. */
    @Transactional
    public void markRead(Reader reader, UUID id) {
        NotificationEntity notification = NotificationEntity.visibleById(id, reader.subject(),
                reader.organizationKey(), reader.roleKeys()).orElseThrow(() -> Refused.notFound("notification", id));
        NotificationReadEntity.mark(notification.id, reader.subject(), Instant.now().truncatedTo(ChronoUnit.MICROS));
    }
}
