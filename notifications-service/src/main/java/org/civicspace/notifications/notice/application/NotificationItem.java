package org.civicspace.notifications.notice.application;

import java.time.Instant;
import java.util.UUID;

import org.civicspace.notifications.notice.domain.NoticeKind;

/** A notification as its reader sees it. */
public record NotificationItem(UUID id, NoticeKind kind, String title, String body, String link, Instant createdAt,
        boolean read) {
}
