package org.civicspace.notifications.notice.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who reads their notifications: their subject, the organisation their token binds them to (if any), and the
 * roles they hold that notices are addressed to.
 */
public record Reader(String subject, Optional<UUID> organizationId, List<String> roles) {

    public Reader {
        roles = List.copyOf(roles);
    }

    /** The organisation as stored, or a key no notification has when the reader represents none. */
    String organizationKey() {
        return organizationId.map(UUID::toString).orElse("");
    }

    /** The roles as a query parameter, never empty (a key no notification has stands in for none). */
    List<String> roleKeys() {
        return roles.isEmpty() ? List.of("") : roles;
    }
}
