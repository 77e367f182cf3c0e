package org.civicspace.accreditation.transparency.application;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.accreditation.transparency.application.PeriodStatistics.Group;
import org.civicspace.accreditation.transparency.application.PeriodStatistics.MemberStateQuestions;
import org.civicspace.platform.domain.Refused;

/**
 * Transparency statistics over decided applications. The applicant's region, type and themes are the ones it had
 * when it submitted, so later profile changes do not rewrite the record. Public.
 */
@ApplicationScoped
public class Statistics {

    /** Longest period one request may cover. */
    static final int MAX_YEARS = 20;

    private final EntityManager entityManager;

    public Statistics(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public PeriodStatistics compute(Track track, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw Refused.invalid("to", "must not be before from " + from);
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw Refused.invalid("from", "a period covers at most " + MAX_YEARS + " years");
        }
        List<Group> overall = breakdown("'all'", "", track, from, to);
        return new PeriodStatistics(track, from, to,
                overall.isEmpty() ? new Group("all", 0, 0, 0, null, 0, 0, null) : overall.get(0),
                breakdown("coalesce(a.region, 'unknown')", "", track, from, to),
                breakdown("coalesce(a.organization_type, 'unknown')", "", track, from, to),
                breakdown("theme", " CROSS JOIN LATERAL unnest(a.themes) AS theme", track, from, to),
                questions(track, from, to));
    }

    private List<Group> breakdown(String key, String join, Track track, LocalDate from, LocalDate to) {
        Query query = entityManager.createNativeQuery("SELECT " + key + " AS key, count(*), "
                + "count(*) FILTER (WHERE a.state = 'granted'), count(*) FILTER (WHERE a.state = 'rejected'), "
                + "coalesce(sum(a.deferral_count), 0), count(*) FILTER (WHERE a.deferral_count > 0), "
                + "percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM a.decided_at - a.submitted_at) "
                + "/ 86400.0) "
                + "FROM application a" + join
                + " WHERE a.state IN ('granted', 'rejected') AND a.decided_at >= :from AND a.decided_at < :to"
                + " AND (CAST(:track AS text) IS NULL OR a.track = CAST(:track AS text))"
                + " GROUP BY 1 ORDER BY 2 DESC, 1");
        bind(query, track, from, to);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> {
            long decisions = ((Number) r[1]).longValue();
            long granted = ((Number) r[2]).longValue();
            Double median = r[6] == null ? null : Math.round(((Number) r[6]).doubleValue() * 10) / 10.0;
            return new Group((String) r[0], decisions, granted, ((Number) r[3]).longValue(),
                    decisions == 0 ? null : Math.round(granted * 1000.0 / decisions) / 1000.0,
                    ((Number) r[4]).longValue(), ((Number) r[5]).longValue(), median);
        }).toList();
    }

    private List<MemberStateQuestions> questions(Track track, LocalDate from, LocalDate to) {
        Query query = entityManager.createNativeQuery("""
                SELECT q.member_state, count(*), count(DISTINCT q.application_id)
                  FROM question q JOIN application a ON a.id = q.application_id
                 WHERE q.kind = 'committee' AND q.asked_at >= :from AND q.asked_at < :to
                   AND (CAST(:track AS text) IS NULL OR a.track = CAST(:track AS text))
                 GROUP BY 1 ORDER BY 2 DESC, 1
                """);
        bind(query, track, from, to);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new MemberStateQuestions(String.valueOf(r[0]), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue())).toList();
    }

    private static void bind(Query query, Track track, LocalDate from, LocalDate to) {
        query.setParameter("track", track == null ? null : track.code())
                .setParameter("from", from.atStartOfDay().toInstant(ZoneOffset.UTC))
                .setParameter("to", to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
