package org.civicspace.accreditation.applications.application;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.accreditation.applications.domain.ApplicationState;
import org.civicspace.accreditation.applications.persistence.ApplicationEntity;
import org.civicspace.accreditation.applications.persistence.HistoryEntry;
import org.civicspace.platform.domain.Refused;
import org.civicspace.platform.web.paging.Keyset;
import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.security.Caller;
import org.civicspace.platform.web.security.Roles;

/**
 * Reading applications and their history: an organisation reads its own, committee members those placed on an
 * agenda, staff all; to anyone else an application does not exist.
 */
@ApplicationScoped
public class ApplicationQueries {

    /** Newest first. */
    private static final Keyset BY_CREATION = Keyset.of(Keyset.descending("createdAt", Instant::parse),
            Keyset.ascending("id", UUID::fromString));
    /** Oldest step first: history rows are numbered as they are appended. */
    private static final Keyset BY_STEP = Keyset.of(Keyset.ascending("id", Long::valueOf));

    private final Caller caller;
    private final ApplicationAccess access;

    public ApplicationQueries(Caller caller, ApplicationAccess access) {
        this.caller = caller;
        this.access = access;
    }

    @Transactional
    public VersionedApplication get(UUID id) {
        return ApplicationResults.versioned(access.visible(id));
    }

    /** A page of the application's history, oldest step first, after {@code cursor}; for those who may see it. */
    @Transactional
    public Page<HistoryStep> history(UUID id, int limit, String cursor) {
        access.visible(id);
        StringBuilder query = new StringBuilder("applicationId = :application");
        Map<String, Object> parameters = new HashMap<>(Map.of("application", id));
        BY_STEP.after(cursor, parameters).ifPresent(after -> query.append(" and ").append(after));
        List<HistoryEntry> rows = HistoryEntry.<HistoryEntry>find(query + " order by " + BY_STEP.orderBy(),
                parameters).page(0, limit + 1).list();
        return Page.of(rows, limit,
                h -> new HistoryStep(h.fromState, h.toState, h.actor, h.reason, h.sessionId, h.occurredAt),
                h -> BY_STEP.cursorOf(h.id));
    }

    /**
     * A page of applications, newest first, after {@code cursor}: the caller's organisation's; staff see any
     * organisation's, committee members those on agendas.
     */
    @Transactional
    public Page<ApplicationDetails> list(UUID organizationId, ApplicationState state, UUID sessionId, int limit,
            String cursor) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (caller.isStaff()) {
            // any application
        } else if (caller.hasRole(Roles.NGO_COMMITTEE_MEMBER)) {
            query.append(" and sessionId is not null");
        } else {
            UUID own = caller.organizationId().orElseThrow(() -> Refused.forbidden(
                    "Your account represents no organisation."));
            if (organizationId != null && !organizationId.equals(own)) {
                return new Page<>(List.of(), null);
            }
            organizationId = own;
        }
        if (organizationId != null) {
            query.append(" and organizationId = :organization");
            parameters.put("organization", organizationId);
        }
        if (state != null) {
            query.append(" and state = :state");
            parameters.put("state", state);
        }
        if (sessionId != null) {
            query.append(" and sessionId = :session");
            parameters.put("session", sessionId);
        }
        BY_CREATION.after(cursor, parameters).ifPresent(after -> query.append(" and ").append(after));
        List<ApplicationEntity> rows = ApplicationEntity.<ApplicationEntity>find(
                query + " order by " + BY_CREATION.orderBy(), parameters).page(0, limit + 1).list();
        return Page.of(rows, limit, ApplicationResults::details, a -> BY_CREATION.cursorOf(a.createdAt, a.id));
    }
}
