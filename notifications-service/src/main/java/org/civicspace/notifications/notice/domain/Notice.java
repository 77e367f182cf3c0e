package org.civicspace.notifications.notice.domain;

import java.util.Map;
import java.util.UUID;

/**
 * A decision that someone must hear something: what ({@code kind}), who ({@code audience}), about which record
 * ({@code aboutId}), the facts its texts may show and the path of the record to open. The facts are only those a
 * policy chose to show, never anything identifying that the audience may not see.
 */
public record Notice(NoticeKind kind, Audience audience, UUID aboutId, Map<String, Object> facts, String path) {

    public Notice {
        facts = Map.copyOf(facts);
    }
}
