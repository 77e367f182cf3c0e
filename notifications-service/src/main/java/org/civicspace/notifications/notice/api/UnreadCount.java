package org.civicspace.notifications.notice.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many notifications the caller has not read. */
@Schema(name = "UnreadNotificationCount")
public record UnreadCount(@Schema(examples = "3") long count) {
}
