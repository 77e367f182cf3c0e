package org.civicspace.registry.organization.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.platform.domain.Refused;
import org.civicspace.platform.messaging.EventType;
import org.civicspace.platform.messaging.outbox.Outbox;
import org.civicspace.platform.web.paging.Cursor;
import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.security.Caller;
import org.civicspace.registry.organization.application.NamedRepresentativeView;
import org.civicspace.registry.organization.application.RepresentativeInput;
import org.civicspace.registry.organization.application.RepresentativeView;
import org.civicspace.registry.organization.domain.OrganizationStatus;
import org.civicspace.registry.organization.domain.PublicNaming;
import org.civicspace.registry.organization.domain.RepresentativeRole;
import org.civicspace.registry.organization.messaging.RegistryEvents;
import org.civicspace.registry.organization.persistence.OrganizationEntity;
import org.civicspace.registry.organization.persistence.ProtectionFlagEntity;
import org.civicspace.registry.organization.persistence.RepresentativeEntity;

import io.quarkus.panache.common.Parameters;

/**
 * An organisation's representatives: only the organisation itself and DGC staff may see or change them, since they
 * hold personal data; to everyone else they do not exist (404). The public sees only the current members who chose
 * to be named ({@link PublicNaming}); only the organisation itself records that choice, and only it sees it.
 */
@ApplicationScoped
public class RepresentativeService {

    private final Caller caller;
    private final Outbox outbox;

    public RepresentativeService(Caller caller, Outbox outbox) {
        this.caller = caller;
        this.outbox = outbox;
    }

    /**
     * The memberships, past and current, to the organisation itself and staff: a page of up to {@code limit}, the
     * earliest first (by start date, then id), after the cursor of the last one a page showed.
     */
    @Transactional
    public Page<RepresentativeView> list(UUID organizationId, int limit, String cursor) {
        requireOwnOrganization(organizationId);
        return Page.of(memberships(organizationId, false, Position.of(cursor), limit + 1), limit, this::view,
                Position::cursorAfter);
    }

    /**
     * The members the public may know of, by {@link PublicNaming}: none for an organisation none of whose members
     * chose to be named, and the same for one that is flagged; 404 while the organisation is not public. A page of up
     * to {@code limit}, the earliest member first, after the cursor of the last one a page showed; whether more follow
     * counts only those the public may know of, so a page says nothing more than its names.
     */
    @Transactional
    public Page<NamedRepresentativeView> named(UUID organizationId, int limit, String cursor) {
        OrganizationEntity organization = OrganizationEntity.findById(organizationId);
        if (organization == null || !OrganizationStatus.fromCode(organization.status).isPublic()) {
            throw Refused.notFound("organization", organizationId);
        }
        boolean organizationFlagged = ProtectionFlagEntity.anyFlagged(organizationId);
        List<RepresentativeEntity> named = new ArrayList<>();
        Optional<Position> read = Position.of(cursor);
        // the rule is PublicNaming's, in Java: read the members who chose in order, a batch at a time, until the page
        // and one more are known to be nameable or none are left
        while (named.size() <= limit) {
            List<RepresentativeEntity> batch = memberships(organizationId, true, read, limit + 1);
            batch.stream().filter(r -> PublicNaming.namedToThePublic(isCurrent(r), r.publiclyNamed,
                    organizationFlagged || ProtectionFlagEntity.anyFlagged(r.id))).forEach(named::add);
            if (batch.size() <= limit) {
                break;
            }
            read = Optional.of(Position.of(batch.get(batch.size() - 1)));
        }
        return Page.of(named, limit, r -> new NamedRepresentativeView(r.fullName, RepresentativeRole.fromCode(r.role)),
                Position::cursorAfter);
    }

    /**
     * Up to {@code limit} memberships of the organisation (only those who chose to be named, if {@code choseOnly}),
     * in (start date, id) order, the order of the index on the organisation's members, after {@code after}.
     */
    private static List<RepresentativeEntity> memberships(UUID organizationId, boolean choseOnly,
            Optional<Position> after, int limit) {
        String query = "organizationId = :organization" + (choseOnly ? " and publiclyNamed = true" : "")
                + (after.isPresent() ? " and (startDate > :startDate or (startDate = :startDate and id > :id))" : "")
                + " order by startDate, id";
        Parameters parameters = Parameters.with("organization", organizationId);
        after.ifPresent(position -> parameters.and("startDate", position.startDate()).and("id", position.id()));
        return RepresentativeEntity.<RepresentativeEntity>find(query, parameters).page(0, limit).list();
    }

    /** Where a page of memberships ends: the last one's start date and id. */
    private record Position(LocalDate startDate, UUID id) {

        static Optional<Position> of(String cursor) {
            return Cursor.decode(cursor, 2).map(c -> {
                try {
                    return new Position(LocalDate.parse(c.key(0)), UUID.fromString(c.key(1)));
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    throw Refused.invalid("cursor", "is not a cursor this list issued");
                }
            });
        }

        static Position of(RepresentativeEntity representative) {
            return new Position(representative.startDate, representative.id);
        }

        static Cursor cursorAfter(RepresentativeEntity representative) {
            return Cursor.after(representative.startDate.toString(), representative.id.toString());
        }
    }

    @Transactional
    public RepresentativeView add(UUID organizationId, RepresentativeInput input) {
        requireOwnOrganization(organizationId);
        boolean publiclyNamed = Boolean.TRUE.equals(input.publiclyNamed());
        if (publiclyNamed) {
            requireTheOrganizationItself();
        }
        RepresentativeEntity representative = new RepresentativeEntity();
        representative.id = UUID.randomUUID();
        representative.organizationId = organizationId;
        representative.fullName = input.fullName().strip();
        representative.role = input.role().code();
        representative.email = input.email();
        representative.dateOfBirth = input.dateOfBirth();
        representative.startDate = input.startDate();
        representative.publiclyNamed = publiclyNamed;
        representative.createdAt = Instant.now();
        representative.persist();
        publish(RegistryEvents.REPRESENTATIVE_ADDED, representative);
        return view(representative);
    }

    /** The organisation records the person's choice to be named to the public, or no longer; staff may not. */
    @Transactional
    public RepresentativeView changePublicNaming(UUID organizationId, UUID representativeId, boolean publiclyNamed) {
        requireOwnOrganization(organizationId);
        requireTheOrganizationItself();
        RepresentativeEntity representative = RepresentativeEntity.findById(representativeId);
        if (representative == null || !representative.organizationId.equals(organizationId)) {
            throw Refused.notFound("representative", representativeId);
        }
        if (representative.publiclyNamed != publiclyNamed) {
            representative.publiclyNamed = publiclyNamed;
            publish(RegistryEvents.REPRESENTATIVE_NAMING_CHANGED, representative);
        }
        return view(representative);
    }

    @Transactional
    public RepresentativeView end(UUID organizationId, UUID representativeId, LocalDate endDate) {
        requireOwnOrganization(organizationId);
        RepresentativeEntity representative = RepresentativeEntity.findById(representativeId);
        if (representative == null || !representative.organizationId.equals(organizationId)) {
            throw Refused.notFound("representative", representativeId);
        }
        if (endDate.isBefore(representative.startDate)) {
            throw Refused.invalid("endDate", "must not be before the start date " + representative.startDate);
        }
        if (representative.endDate != null) {
            throw Refused.conflict("This membership already ended on " + representative.endDate + ".");
        }
        representative.endDate = endDate;
        publish(RegistryEvents.REPRESENTATIVE_ENDED, representative);
        return view(representative);
    }

    private void publish(EventType type, RepresentativeEntity representative) {
        outbox.append(type, representative.id, new RegistryEvents.RepresentativeMembership(representative.id,
                representative.organizationId, representative.dateOfBirth, representative.startDate,
                representative.endDate, representative.publiclyNamed, Instant.now()));
    }

    private void requireOwnOrganization(UUID organizationId) {
        if (!caller.mayActFor(organizationId) || OrganizationEntity.findById(organizationId) == null) {
            throw Refused.notFound("organization", organizationId);
        }
    }

    /**
     * Only the organisation itself records whether its people are named: someone else who could set it could read
     * the public list and tell a flag from the answer.
     */
    private void requireTheOrganizationItself() {
        if (caller.isStaff()) {
            throw Refused.forbidden("Only the organisation itself records whether its representatives chose "
                    + "to be named to the public.");
        }
    }

    private static boolean isCurrent(RepresentativeEntity representative) {
        LocalDate today = LocalDate.now();
        return !representative.startDate.isAfter(today)
                && (representative.endDate == null || !representative.endDate.isBefore(today));
    }

    /** The full membership; the choice to be named only to the organisation itself, never to staff. */
    private RepresentativeView view(RepresentativeEntity representative) {
        return new RepresentativeView(representative.id, representative.organizationId, representative.fullName,
                RepresentativeRole.fromCode(representative.role), representative.email, representative.dateOfBirth,
                representative.startDate, representative.endDate, isCurrent(representative),
                caller.isStaff() ? null : representative.publiclyNamed);
    }
}
