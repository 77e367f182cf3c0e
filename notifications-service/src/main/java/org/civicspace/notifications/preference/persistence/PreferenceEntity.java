package org.civicspace.notifications.preference.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import org.civicspace.notifications.notice.domain.NoticeKind;
import org.civicspace.notifications.preference.domain.Language;
import org.civicspace.notifications.preference.domain.NotificationPreferences;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One person's notification preferences, by the subject their tokens carry (the Keycloak username). A person
 * without a row has the defaults; {@code version} counts the changes, 0 being the defaults never changed.
 */
@Entity
@Table(name = "notification_preference")
public class PreferenceEntity extends PanacheEntityBase {

    @Id
    public String subject;

    @Column(nullable = false)
    public String language;

    /** The codes of the kinds this person does not want by e-mail. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "email_off", nullable = false)
    public List<String> emailOff;

    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The person's row, locked for this transaction, so that two changes of it follow each other. */
    public static Optional<PreferenceEntity> lockedFor(String subject) {
        return Optional.ofNullable(findById(subject, LockModeType.PESSIMISTIC_WRITE));
    }

    public static Optional<PreferenceEntity> of(String subject) {
        return Optional.ofNullable(findById(subject));
    }

    /** The rows of those among {@code subjects} who chose something. */
    public static List<PreferenceEntity> ofSubjects(Collection<String> subjects) {
        return subjects.isEmpty() ? List.of() : list("subject in ?1", subjects);
    }

    public NotificationPreferences preferences() {
        return new NotificationPreferences(Language.fromCode(language), emailOff.stream()
                .map(PreferenceEntity::knownKind).flatMap(Optional::stream).collect(Collectors.toSet()));
    }

    /** A kind stored before it was retired is no longer a choice; it is dropped, not a failure. */
    private static Optional<NoticeKind> knownKind(String code) {
        try {
            return Optional.of(NoticeKind.fromCode(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
