package org.civicspace.notifications.preference.application;

import org.civicspace.notifications.preference.domain.NotificationPreferences;

/** A person's preferences as they stand, with the version an update must name (0 until the first change). */
public record PreferenceDetails(NotificationPreferences preferences, long version) {
}
