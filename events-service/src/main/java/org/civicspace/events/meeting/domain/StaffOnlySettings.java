package org.civicspace.events.meeting.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What only DGC staff decide about an event, even about a draft that a CSO leads: what kind of event it is (a
 * conference has a programme of speakers) and how its seats and registration run (capacity, the organisation
 * limit, the youth share, invitations, the registration window). The leading CSO edits the rest of its draft.
 */
public record StaffOnlySettings(MeetingKind kind, Integer capacity, Integer perOrganizationLimit,
        Integer youthSharePercent, Boolean invitationOnly, Instant registrationOpensAt,
        Instant registrationClosesAt) {

    /**
     * The names of the settings that {@code requested} would change, in declaration order; a setting left out
     * ({@code null}) in {@code requested} stays as it is.
     */
    public List<String> changedBy(StaffOnlySettings requested) {
        List<String> changed = new ArrayList<>();
        check(changed, "kind", kind, requested.kind);
        check(changed, "capacity", capacity, requested.capacity);
        check(changed, "perOrganizationLimit", perOrganizationLimit, requested.perOrganizationLimit);
        check(changed, "youthSharePercent", youthSharePercent, requested.youthSharePercent);
        check(changed, "invitationOnly", invitationOnly, requested.invitationOnly);
        check(changed, "registrationOpensAt", registrationOpensAt, requested.registrationOpensAt);
        check(changed, "registrationClosesAt", registrationClosesAt, requested.registrationClosesAt);
        return List.copyOf(changed);
    }

    private static void check(List<String> changed, String name, Object current, Object requested) {
        if (requested != null && !Objects.equals(stored(current), stored(requested))) {
            changed.add(name);
        }
    }

    /** Times as the database keeps them (microseconds), so that a time read back and sent again is unchanged. */
    private static Object stored(Object value) {
        return value instanceof Instant instant ? instant.truncatedTo(ChronoUnit.MICROS) : value;
    }
}
