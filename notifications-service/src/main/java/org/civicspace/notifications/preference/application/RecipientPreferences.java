package org.civicspace.notifications.preference.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.notifications.preference.domain.NotificationPreferences;
import org.civicspace.notifications.preference.persistence.PreferenceEntity;

/** What the mail relay asks before it writes one e-mail per person: each recipient's preferences, in one query. */
@ApplicationScoped
public class RecipientPreferences {

    /** The preferences of each of {@code subjects}; the defaults for whoever chose nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, NotificationPreferences> of(Collection<String> subjects) {
        Map<String, NotificationPreferences> found = new HashMap<>();
        for (PreferenceEntity row : PreferenceEntity.ofSubjects(subjects.stream().filter(Objects::nonNull).toList())) {
            found.put(row.subject, row.preferences());
        }
        Map<String, NotificationPreferences> all = new HashMap<>();
        subjects.stream().filter(Objects::nonNull)
                .forEach(s -> all.put(s, found.getOrDefault(s, NotificationPreferences.defaults())));
        return all;
    }
}
