package org.civicspace.accreditation.accreditations.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.civicspace.accreditation.accreditations.domain.AccreditationStatus;
import org.civicspace.accreditation.accreditations.domain.EcosocCategory;
import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.accreditation.accreditations.messaging.AccreditationEvents;
import org.civicspace.accreditation.accreditations.messaging.AccreditationEvents.AccreditationChange;
import org.civicspace.accreditation.accreditations.persistence.AccreditationEntity;
import org.civicspace.accreditation.applications.persistence.ApplicationEntity;
import org.civicspace.platform.domain.Refused;
import org.civicspace.platform.messaging.EventType;
import org.civicspace.platform.messaging.outbox.Outbox;
import org.civicspace.platform.web.paging.Keyset;
import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.security.Caller;
import org.civicspace.platform.web.security.Roles;

/**
 * The accreditations held: granted, or their category changed, by a decision on an application; listed and read by
 * anyone. Their suspension, reinstatement and withdrawal are in {@link AccreditationLifecycle}, their reports in
 * {@link QuadrennialReports}.
 */
@ApplicationScoped
public class Accreditations {

    /** Newest grant first. */
    private static final Keyset BY_GRANT = Keyset.of(Keyset.descending("grantedOn", LocalDate::parse),
            Keyset.ascending("id", UUID::fromString));

    private final Caller caller;
    private final Outbox outbox;

    public Accreditations(Caller caller, Outbox outbox) {
        this.caller = caller;
        this.outbox = outbox;
    }

    /** The organisation's accreditation on a track, active or suspended. */
    public Optional<AccreditationEntity> heldBy(UUID organizationId, Track track) {
        return AccreditationEntity.<AccreditationEntity>find("organizationId = ?1 and track = ?2 and status <> ?3",
                organizationId, track, AccreditationStatus.WITHDRAWN).firstResultOptional();
    }

    /** Runs in the decision's transaction: a new accreditation, or a changed category. */
    @Transactional(TxType.MANDATORY)
    public void grant(ApplicationEntity application) {
        Track track = application.track;
        LocalDate today = LocalDate.now();
        EcosocCategory category = application.recommendedCategory != null ? application.recommendedCategory
                : application.requestedCategory;
        AccreditationEntity accreditation = application.changesAccreditation == null ? null
                : AccreditationEntity.findById(application.changesAccreditation);
        if (accreditation != null && accreditation.status != AccreditationStatus.WITHDRAWN) {
            accreditation.category = category;
            accreditation.nextReportDue = QuadrennialReports.firstDue(category, today);
            accreditation.updatedAt = Instant.now();
            publish(AccreditationEvents.STATUS_CHANGED, accreditation, today, application.decidedAt);
            return;
        }
        if (heldBy(application.organizationId, track).isPresent()) {
            throw Refused.conflict("The organisation already holds a " + track + " accreditation.");
        }
        accreditation = new AccreditationEntity();
        accreditation.id = UUID.randomUUID();
        accreditation.organizationId = application.organizationId;
        accreditation.track = track;
        accreditation.category = category;
        accreditation.status = AccreditationStatus.ACTIVE;
        accreditation.grantedOn = today;
        accreditation.applicationId = application.id;
        accreditation.nextReportDue = QuadrennialReports.firstDue(category, today);
        accreditation.updatedAt = Instant.now();
        accreditation.persist();
        publish(AccreditationEvents.GRANTED, accreditation, today, application.decidedAt);
    }

    /** A page of accreditations, newest grant first, after {@code cursor}. */
    @Transactional
    public Page<AccreditationDetails> list(UUID organizationId, Track track, AccreditationStatus status, int limit,
            String cursor) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (organizationId != null) {
            query.append(" and organizationId = :organization");
            parameters.put("organization", organizationId);
        }
        if (track != null) {
            query.append(" and track = :track");
            parameters.put("track", track);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.put("status", status);
        }
        BY_GRANT.after(cursor, parameters).ifPresent(after -> query.append(" and ").append(after));
        List<AccreditationEntity> rows = AccreditationEntity.<AccreditationEntity>find(
                query + " order by " + BY_GRANT.orderBy(), parameters).page(0, limit + 1).list();
        return Page.of(rows, limit, Accreditations::details, a -> BY_GRANT.cursorOf(a.grantedOn, a.id));
    }

    @Transactional
    public AccreditationDetails get(UUID id) {
        return details(find(id));
    }

    /** Writes the accreditation as it now is to the outbox, in the caller's transaction. */
    void publish(EventType type, AccreditationEntity accreditation, LocalDate effectiveFrom, Instant decidedAt) {
        outbox.append(type, accreditation.organizationId, new AccreditationChange(accreditation.organizationId,
                accreditation.track, accreditation.category, effectiveFrom, decidedAt));
    }

    void requireStaff() {
        if (!caller.hasRole(Roles.DGC_OFFICER) && !caller.hasRole(Roles.PLATFORM_ADMIN)) {
            throw Refused.forbidden("Only DGC officers and NGO branch staff take this step.");
        }
    }

    static AccreditationEntity find(UUID id) {
        AccreditationEntity accreditation = AccreditationEntity.findById(id);
        if (accreditation == null) {
            throw Refused.notFound("accreditation", id);
        }
        return accreditation;
    }

    static AccreditationDetails details(AccreditationEntity a) {
        boolean overdue = a.status == AccreditationStatus.ACTIVE && a.nextReportDue != null
                && a.nextReportDue.isBefore(LocalDate.now());
        return new AccreditationDetails(a.id, a.organizationId, a.track, a.category, a.status, a.grantedOn,
                a.nextReportDue, overdue);
    }
}
