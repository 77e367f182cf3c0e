package org.civicspace.notifications.preference.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.notifications.notice.domain.NoticeKind;
import org.civicspace.notifications.preference.domain.EmailChoice;
import org.civicspace.notifications.preference.domain.Language;
import org.civicspace.notifications.preference.domain.NotificationPreferences;
import org.civicspace.notifications.preference.persistence.PreferenceEntity;
import org.civicspace.platform.web.http.EntityTags;

import io.quarkus.logging.Log;

/**
 * A person's own notification preferences, read and changed by that person alone: the subject is always the
 * caller's, so nobody can name another person's.
 */
@ApplicationScoped
public class MyPreferences {

    @Transactional
    public PreferenceDetails read(String subject) {
        return PreferenceEntity.of(subject).map(MyPreferences::details)
                .orElseGet(() -> new PreferenceDetails(NotificationPreferences.defaults(), 0));
    }

    /**
     * Replaces the person's preferences, if {@code ifMatch} names the version they read (0 before the first change).
     * A refused choice (a mandatory kind turned off) changes nothing.
     */
    @Transactional
    public PreferenceDetails change(String subject, String ifMatch, Language language, List<EmailChoice> choices) {
        PreferenceEntity row = PreferenceEntity.lockedFor(subject).orElse(null);
        EntityTags.requireMatch(ifMatch, row == null ? 0 : row.version);
        NotificationPreferences chosen = NotificationPreferences.choose(language, choices).orThrow();
        if (row == null) {
            row = new PreferenceEntity();
            row.subject = subject;
            row.version = 0;
        }
        row.language = chosen.language().code();
        row.emailOff = chosen.emailOff().stream().map(NoticeKind::code).sorted().toList();
        row.version++;
        row.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        row.persist();
        Log.debugf("notification preferences changed, version %d", row.version);
        return details(row);
    }

    private static PreferenceDetails details(PreferenceEntity row) {
        return new PreferenceDetails(row.preferences(), row.version);
    }
}
