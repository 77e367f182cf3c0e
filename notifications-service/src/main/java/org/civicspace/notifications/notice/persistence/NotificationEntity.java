package org.civicspace.notifications.notice.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;

/** A notice in the in-app inbox of its audience: a person, an organisation's users, or a role's holders. */
@Entity
@Table(name = "notification")
public class NotificationEntity extends PanacheEntityBase {

    /** Who may see a notification: the reader's own subject, organisation (or none) and roles. */
    private static final String VISIBLE = "((n.audienceType = 'person' and n.audienceKey = :subject)"
            + " or (n.audienceType = 'organization' and n.audienceKey = :organization)"
            + " or (n.audienceType = 'role' and n.audienceKey in :roles))";
    private static final String UNREAD = " and not exists (select 1 from NotificationReadEntity r"
            + " where r.notificationId = n.id and r.subject = :subject)";

    @Id
    public UUID id;
    public String kind;
    @Column(name = "audience_type")
    public String audienceType;
    @Column(name = "audience_key")
    public String audienceKey;
    @Column(name = "about_id")
    public UUID aboutId;
    @Column(name = "source_event_id")
    public String sourceEventId;
    public String title;
    public String body;
    public String link;
    @Column(name = "created_at")
    public Instant createdAt;

    /** A page of what the reader may see, newest first, after a position if one is given. */
    public static List<NotificationEntity> visibleTo(String subject, String organization, List<String> roles,
            boolean unreadOnly, Optional<Instant> afterAt, Optional<UUID> afterId, int limit) {
        StringBuilder query = new StringBuilder("from NotificationEntity n where ").append(VISIBLE);
        Parameters parameters = Parameters.with("subject", subject).and("organization", organization)
                .and("roles", roles);
        if (unreadOnly) {
            query.append(UNREAD);
        }
        if (afterAt.isPresent() && afterId.isPresent()) {
            query.append(" and (n.createdAt < :at or (n.createdAt = :at and n.id < :id))");
            parameters.and("at", afterAt.get()).and("id", afterId.get());
        }
        query.append(" order by n.createdAt desc, n.id desc");
        return NotificationEntity.<NotificationEntity>find(query.toString(), parameters).page(0, limit).list();
    }

    /** How many the reader may see and has not marked read. */
    public static long unreadBy(String subject, String organization, List<String> roles) {
        return NotificationEntity.count("from NotificationEntity n where " + VISIBLE + UNREAD,
                Parameters.with("subject", subject).and("organization", organization).and("roles", roles));
    }

    /** The notification {@code id}, if the reader may see it. */
    public static Optional<NotificationEntity> visibleById(UUID id, String subject, String organization,
            List<String> roles) {
        return NotificationEntity.<NotificationEntity>find("from NotificationEntity n where n.id = :id and " + VISIBLE,
                Parameters.with("id", id).and("subject", subject).and("organization", organization)
                        .and("roles", roles)).firstResultOptional();
    }

    /** Whether {@code subject} marked it read. */
    public boolean readBy(String subject) {
        return NotificationReadEntity.count("notificationId = ?1 and subject = ?2", id, subject) > 0;
    }
}
