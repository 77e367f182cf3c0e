package org.civicspace.notifications.notice.api;

import java.time.Instant;
import java.util.UUID;

import org.civicspace.notifications.notice.application.NotificationItem;
import org.civicspace.notifications.notice.domain.NoticeKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A notification in the caller's inbox. */
@Schema(name = "Notification")
public record NotificationView(
        @Schema(description = "Its id, to mark it read") UUID id,
        @Schema(description = "What it tells") NoticeKind kind,
        @Schema(description = "One line, as in the e-mail's subject",
                examples = "The Committee on NGOs has a question on your application") String title,
        @Schema(description = "The text, as in the e-mail's plain-text part",
                examples = "A member of the Committee on NGOs asked your organisation a question on its application.")
        String body,
        @Schema(description = "Where to act on it", examples = "https://civicspace.example.invalid/api/v1/accreditation/"
                + "applications/0b6f0c8e-4d6a-4f5e-9a57-1f2d3c4b5a69") String link,
        @Schema(description = "When it was recorded") Instant createdAt,
        @Schema(description = "Whether I marked it read") boolean read) {

    static NotificationView of(NotificationItem item) {
        return new NotificationView(item.id(), item.kind(), item.title(), item.body(), item.link(), item.createdAt(),
                item.read());
    }
}
