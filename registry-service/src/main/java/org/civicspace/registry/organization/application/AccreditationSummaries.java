package org.civicspace.registry.organization.application;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicspace.platform.messaging.inbox.PoisonEventException;
import org.civicspace.platform.messaging.inbox.ReceivedEvent;
import org.civicspace.registry.organization.domain.EcosocStatus;
import org.civicspace.registry.organization.messaging.AccreditationEvents;
import org.civicspace.registry.organization.messaging.AccreditationEvents.AccreditationChange;

import io.quarkus.logging.Log;

/**
 * Keeps each organisation's accreditation summary from the accreditation service's decisions. Runs inside the
 * inbox's transaction; a decision older than the one already applied for the same track is ignored, so late or
 * repeated deliveries never roll the summary back.
 *
 * <p>A batch of decisions is applied in one SQL statement, not entity by entity: loading and flushing each
 * organisation through Hibernate costs CPU per decision that a committee's decisions in bulk cannot afford.
 * The statement itself compares each decision with the row as it is when the row is updated, so two batches that
 * touch one organisation at once still keep the newer decision.
 */
@ApplicationScoped
public class AccreditationSummaries {

    private static final Set<String> TRACKS = Set.of("dgc", "ecosoc");

    /**
     * Applies decisions, at most one per organisation, each only if it is newer than the one applied for its track.
     * A withdrawal carries no status and no date, which clears them. The version moves as an entity update moves it,
     * so that ETags change with the summary; updated_at is the profile's and stays.
     */
    private static final String APPLY = """
            UPDATE organization o SET
                dgc_associated_since = CASE WHEN d.track = 'dgc' THEN d.since ELSE o.dgc_associated_since END,
                dgc_as_of = CASE WHEN d.track = 'dgc' THEN d.decided_at ELSE o.dgc_as_of END,
                ecosoc_since = CASE WHEN d.track = 'ecosoc' AND d.status IS DISTINCT FROM o.ecosoc_status THEN d.since
                                    ELSE o.ecosoc_since END,
                ecosoc_status = CASE WHEN d.track = 'ecosoc' THEN d.status ELSE o.ecosoc_status END,
                ecosoc_as_of = CASE WHEN d.track = 'ecosoc' THEN d.decided_at ELSE o.ecosoc_as_of END,
                version = o.version + 1
            FROM unnest(CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS date[]),
                        CAST(? AS timestamptz[])) AS d(organization_id, track, status, since, decided_at)
            WHERE o.id = d.organization_id
              AND d.decided_at > coalesce(CASE WHEN d.track = 'dgc' THEN o.dgc_as_of ELSE o.ecosoc_as_of END,
                                          '-infinity')
            RETURNING o.id""";

    private final DataSource dataSource;

    public AccreditationSummaries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What one decision sets on its track: a status and a date, or nothing (withdrawn, suspended). */
    record Decision(ReceivedEvent event, UUID organizationId, String track, String status, LocalDate since,
            Instant decidedAt) {
    }

    /**
     * Applies a batch of decisions in their order. An organisation's decisions go in successive statements, the
     * first of each organisation in the first; most batches need one.
     *
     * @throws PoisonEventException when a decision is unreadable or about an organisation the registry does not know
     */
    public void applyAll(List<ReceivedEvent> events) throws SQLException {
        Map<UUID, List<Decision>> byOrganization = new LinkedHashMap<>();
        for (ReceivedEvent event : events) {
            Decision decision = decisionOf(event);
            if (decision != null) {
                byOrganization.computeIfAbsent(decision.organizationId(), id -> new ArrayList<>()).add(decision);
            }
        }
        if (byOrganization.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            Set<UUID> changed = new HashSet<>();
            for (int round = 0; ; round++) {
                List<Decision> decisions = new ArrayList<>();
                for (List<Decision> ofOne : byOrganization.values()) {
                    if (round < ofOne.size()) {
                        decisions.add(ofOne.get(round));
                    }
                }
                if (decisions.isEmpty()) {
                    break;
                }
                changed.addAll(apply(connection, decisions));
            }
            Set<UUID> unchanged = new HashSet<>(byOrganization.keySet());
            unchanged.removeAll(changed);
            if (!unchanged.isEmpty()) {
                unchanged.removeAll(existing(connection, unchanged));
                for (UUID unknown : unchanged) {
                    ReceivedEvent event = byOrganization.get(unknown).get(0).event();
                    throw new PoisonEventException(event.type() + " " + event.id() + " is about an organisation the "
                            + "registry does not know");
                }
            }
        }
    }

    /** The decision {@code event} makes, or {@code null} for an event type that does not touch the summary. */
    private static Decision decisionOf(ReceivedEvent event) {
        AccreditationChange change = event.dataAs(AccreditationChange.class);
        if (change.organizationId() == null || change.decidedAt() == null || !TRACKS.contains(change.track())) {
            throw new PoisonEventException(event.type() + " " + event.id() + " lacks organizationId, decidedAt or a "
                    + "known track");
        }
        event.notAfterPublication(change.decidedAt(), "decidedAt");
        boolean dgc = "dgc".equals(change.track());
        return switch (event.type()) {
            // a suspended accreditation does not count while it lasts; reinstatement restores it with its dates
            case AccreditationEvents.GRANTED, AccreditationEvents.STATUS_CHANGED, AccreditationEvents.REINSTATED -> {
                if (change.effectiveFrom() == null) {
                    throw new PoisonEventException(event.type() + " " + event.id() + " lacks effectiveFrom");
                }
                yield new Decision(event, change.organizationId(), change.track(),
                        dgc ? null : ecosocStatus(change, event).code(), change.effectiveFrom(), change.decidedAt());
            }
            case AccreditationEvents.WITHDRAWN, AccreditationEvents.SUSPENDED ->
                new Decision(event, change.organizationId(), change.track(), null, null, change.decidedAt());
            default -> {
                Log.debugf("ignoring accreditation event type %s", event.type());
                yield null;
            }
        };
    }

    /** Applies {@code decisions} (one per organisation) in one statement; returns the organisations it changed. */
    private static Set<UUID> apply(Connection connection, List<Decision> decisions) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(APPLY)) {
            update.setArray(1, textArray(connection, decisions.stream().map(Decision::organizationId)));
            update.setArray(2, textArray(connection, decisions.stream().map(Decision::track)));
            update.setArray(3, textArray(connection, decisions.stream().map(Decision::status)));
            update.setArray(4, textArray(connection, decisions.stream().map(Decision::since)));
            update.setArray(5, textArray(connection, decisions.stream().map(Decision::decidedAt)));
            return ids(update);
        }
    }

    private static Set<UUID> existing(Connection connection, Set<UUID> organizations) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM organization WHERE id = ANY (CAST(? AS uuid[]))")) {
            select.setArray(1, textArray(connection, organizations.stream()));
            return ids(select);
        }
    }

    private static Set<UUID> ids(PreparedStatement statement) throws SQLException {
        Set<UUID> ids = new HashSet<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    /** Values as a text array, in their ISO forms, which PostgreSQL casts to uuid, date and timestamptz. */
    private static Array textArray(Connection connection, Stream<?> values) throws SQLException {
        return connection.createArrayOf("text", values.map(value -> Objects.toString(value, null)).toArray());
    }

    private static EcosocStatus ecosocStatus(AccreditationChange change, ReceivedEvent event) {
        try {
            return EcosocStatus.fromCode(change.ecosocStatus());
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException(event.type() + " " + event.id() + " has no known ECOSOC status");
        }
    }
}
