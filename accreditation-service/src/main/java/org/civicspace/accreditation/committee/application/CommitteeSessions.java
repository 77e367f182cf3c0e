package org.civicspace.accreditation.committee.application;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.civicspace.accreditation.accreditations.domain.EcosocCategory;
import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.accreditation.applications.domain.ApplicationState;
import org.civicspace.accreditation.applications.domain.DecisionOutcome;
import org.civicspace.accreditation.committee.persistence.CommitteeSessionEntity;
import org.civicspace.platform.domain.Refused;
import org.civicspace.platform.web.paging.Keyset;
import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.security.Caller;
import org.civicspace.platform.web.security.Roles;

/** Committee sessions: their agendas and outcomes, the press-release summary and the public decisions. */
@ApplicationScoped
public class CommitteeSessions {

    /** The latest to start first. */
    private static final Keyset BY_START = Keyset.of(Keyset.descending("startsOn", LocalDate::parse),
            Keyset.ascending("id", UUID::fromString));
    /** In the order the applications were placed on the agenda: the history row of each first placement. */
    private static final Keyset BY_PLACEMENT = Keyset.of(Keyset.ascending("h.id", Long::valueOf));

    private final Caller caller;
    private final EntityManager entityManager;

    public CommitteeSessions(Caller caller, EntityManager entityManager) {
        this.caller = caller;
        this.entityManager = entityManager;
    }

    @Transactional
    public SessionDetails create(ScheduleSession request) {
        if (!caller.hasRole(Roles.DGC_OFFICER) && !caller.hasRole(Roles.PLATFORM_ADMIN)) {
            throw Refused.forbidden("Only DGC officers and NGO branch staff schedule committee sessions.");
        }
        if (request.endsOn().isBefore(request.startsOn())) {
            throw Refused.invalid("endsOn", "must not be before startsOn " + request.startsOn());
        }
        CommitteeSessionEntity session = new CommitteeSessionEntity();
        session.id = UUID.randomUUID();
        session.track = request.track();
        session.name = request.name().strip();
        session.startsOn = request.startsOn();
        session.endsOn = request.endsOn();
        session.memberStates = new ArrayList<>(request.memberStates().stream().distinct().sorted().toList());
        session.createdAt = Instant.now();
        session.persist();
        return view(session);
    }

    /** A page of sessions, the latest to start first, after {@code cursor}. */
    @Transactional
    public Page<SessionDetails> list(Track track, int limit, String cursor) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (track != null) {
            query.append(" and track = :track");
            parameters.put("track", track);
        }
        BY_START.after(cursor, parameters).ifPresent(after -> query.append(" and ").append(after));
        List<CommitteeSessionEntity> rows = CommitteeSessionEntity.<CommitteeSessionEntity>find(
                query + " order by " + BY_START.orderBy(), parameters).page(0, limit + 1).list();
        return Page.of(rows, limit, CommitteeSessions::view, s -> BY_START.cursorOf(s.startsOn, s.id));
    }

    @Transactional
    public SessionDetails get(UUID id) {
        return view(find(id));
    }

    /**
     * A page of the applications placed on a session's agenda, in the order they were placed, with the session's
     * outcome for each, after {@code cursor}: for staff and committee members.
     */
    @Transactional
    public Page<AgendaEntry> agenda(UUID id, int limit, String cursor) {
        if (!caller.isStaff() && !caller.hasRole(Roles.NGO_COMMITTEE_MEMBER)) {
            throw Refused.forbidden("Only committee members and staff see a session's agenda.");
        }
        find(id);
        Map<String, Object> parameters = new HashMap<>(Map.of("session", id, "limit", limit + 1));
        String after = BY_PLACEMENT.after(cursor, parameters).map(condition -> " AND " + condition).orElse("");
        // an application placed on the session again (after a reconsideration) keeps its first place
        Query query = entityManager.createNativeQuery("""
                SELECT a.id, a.organization_id, o.legal_name, a.state, a.deferral_count,
                       (SELECT outcome.to_state FROM application_history outcome
                         WHERE outcome.application_id = a.id AND outcome.session_id = :session
                           AND outcome.to_state IN ('questions-raised', 'deferred', 'recommended', 'granted',
                                                    'rejected')
                         ORDER BY outcome.id DESC LIMIT 1),
                       h.id
                  FROM application_history h
                  JOIN application a ON a.id = h.application_id
                  LEFT JOIN organization o ON o.id = a.organization_id
                 WHERE h.session_id = :session AND h.to_state = 'before-committee'
                   AND NOT EXISTS (SELECT 1 FROM application_history earlier
                                    WHERE earlier.session_id = :session AND earlier.to_state = 'before-committee'
                                      AND earlier.application_id = h.application_id AND earlier.id < h.id)
                """ + after + " ORDER BY " + BY_PLACEMENT.orderBy() + " LIMIT :limit");
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return Page.of(rows, limit, r -> new AgendaEntry((UUID) r[0], (UUID) r[1], (String) r[2],
                ApplicationState.fromCode((String) r[3]),
                r[5] == null ? null : ApplicationState.fromCode((String) r[5]), ((Number) r[4]).intValue()),
                r -> BY_PLACEMENT.cursorOf(((Number) r[6]).longValue()));
    }

    /** What a session decided, and a summary in the style of the DGC press release. Public. */
    @Transactional
    public SessionOutcome summary(UUID id) {
        CommitteeSessionEntity session = find(id);
        Object[] counts = (Object[]) entityManager.createNativeQuery("""
                SELECT count(*) FILTER (WHERE to_state = 'granted'),
                       count(*) FILTER (WHERE to_state = 'rejected'),
                       count(*) FILTER (WHERE to_state = 'deferred')
                  FROM application_history WHERE session_id = :session
                """).setParameter("session", id).getSingleResult();
        long questions = ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM question WHERE session_id = :session AND kind = 'committee'")
                .setParameter("session", id).getSingleResult()).longValue();
        // the total as of the session's last grant, or its last day when decisions were recorded during it
        Object lastGrant = entityManager.createNativeQuery("""
                SELECT CAST(max(occurred_at) AS date) FROM application_history
                 WHERE session_id = :session AND to_state = 'granted'
                """).setParameter("session", id).getSingleResult();
        LocalDate asOf = session.endsOn;
        if (lastGrant != null && localDate(lastGrant).isAfter(asOf)) {
            asOf = localDate(lastGrant);
        }
        if (asOf.isAfter(LocalDate.now())) {
            asOf = LocalDate.now();
        }
        long total = ((Number) entityManager.createNativeQuery("""
                SELECT count(*) FROM accreditation
                 WHERE track = :track AND granted_on <= :asOf AND status <> 'withdrawn'
                """).setParameter("track", session.track.code()).setParameter("asOf", asOf).getSingleResult())
                .longValue();
        List<String> granted = decisions(id, 1000).stream().filter(d -> d.outcome() == DecisionOutcome.GRANTED)
                .map(d -> d.organizationName() == null ? d.organizationId().toString() : d.organizationName())
                .sorted().toList();
        int grantedCount = ((Number) counts[0]).intValue();
        return new SessionOutcome(view(session), grantedCount, ((Number) counts[1]).intValue(),
                ((Number) counts[2]).intValue(), (int) questions, total, text(session, grantedCount, total), granted);
    }

    /** Public decisions, newest first; of one session when {@code sessionId} is given. */
    @Transactional
    public List<PublicDecision> decisions(UUID sessionId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT a.id, a.organization_id, o.legal_name, a.track,
                       coalesce(a.recommended_category, a.requested_category), h.to_state, h.reason, h.session_id,
                       h.occurred_at
                  FROM application_history h
                  JOIN application a ON a.id = h.application_id
                  LEFT JOIN organization o ON o.id = a.organization_id
                 WHERE h.to_state IN ('granted', 'rejected')
                   AND (CAST(:session AS uuid) IS NULL OR h.session_id = CAST(:session AS uuid))
                 ORDER BY h.occurred_at DESC, h.id DESC
                 LIMIT :limit
                """).setParameter("session", sessionId == null ? null : sessionId.toString())
                .setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new PublicDecision((UUID) r[0], (UUID) r[1], (String) r[2],
                Track.fromCode((String) r[3]), r[4] == null ? null : EcosocCategory.fromCode((String) r[4]),
                DecisionOutcome.fromCode((String) r[5]), (String) r[6], (UUID) r[7], instant(r[8]))).toList();
    }

    private static LocalDate localDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }

    private static String text(CommitteeSessionEntity session, int granted, long total) {
        String organisations = granted + " civil society organisation" + (granted == 1 ? "" : "s");
        String bringing = String.format(Locale.ENGLISH, "%,d", total);
        return session.track == Track.DGC
                ? "The DGC Civil Society Association Committee associated " + organisations + " at its session "
                        + session.name + " (" + session.startsOn + " to " + session.endsOn + "), bringing the number "
                        + "of organisations associated with DGC to " + bringing + "."
                : "The Economic and Social Council granted consultative status to " + organisations + " recommended "
                        + "by the Committee on NGOs at its session " + session.name + " (" + session.startsOn + " to "
                        + session.endsOn + "), bringing the number of organisations in consultative status to "
                        + bringing + ".";
    }

    private static CommitteeSessionEntity find(UUID id) {
        CommitteeSessionEntity session = CommitteeSessionEntity.findById(id);
        if (session == null) {
            throw Refused.notFound("committee session", id);
        }
        return session;
    }

    static SessionDetails view(CommitteeSessionEntity s) {
        return new SessionDetails(s.id, s.track, s.name, s.startsOn, s.endsOn, List.copyOf(s.memberStates));
    }
}
