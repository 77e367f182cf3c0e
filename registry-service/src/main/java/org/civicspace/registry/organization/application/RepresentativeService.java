package org.civicspace.registry.organization.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.platform.messaging.EventType;
import org.civicspace.platform.messaging.outbox.Outbox;
import org.civicspace.platform.web.problem.ProblemException;
import org.civicspace.platform.web.security.Caller;
import org.civicspace.registry.organization.api.NamedRepresentativeView;
import org.civicspace.registry.organization.api.RepresentativeInput;
import org.civicspace.registry.organization.api.RepresentativeView;
import org.civicspace.registry.organization.domain.OrganizationStatus;
import org.civicspace.registry.organization.domain.PublicNaming;
import org.civicspace.registry.organization.domain.RepresentativeRole;
import org.civicspace.registry.organization.messaging.RegistryEvents;
import org.civicspace.registry.organization.persistence.OrganizationEntity;
import org.civicspace.registry.organization.persistence.ProtectionFlagEntity;
import org.civicspace.registry.organization.persistence.RepresentativeEntity;

/**
 * An organisation's representatives: only the organisation itself and DGC staff may see or change them, since they
 * hold personal data; to everyone else they do not exist (404). The public sees only the current members who chose
 * to be named ({@link PublicNaming}); only the organisation itself records that choice, and only it sees it.
 */
@ApplicationScoped
public class RepresentativeService {

    private static final int MAX_LISTED = 500;

    private final Caller caller;
    private final Outbox outbox;

    public RepresentativeService(Caller caller, Outbox outbox) {
        this.caller = caller;
        this.outbox = outbox;
    }

    @Transactional
    public List<RepresentativeView> list(UUID organizationId) {
        requireOwnOrganization(organizationId);
        return RepresentativeEntity.<RepresentativeEntity>find("organizationId = ?1 order by startDate, id",
                organizationId).page(0, MAX_LISTED).list().stream().map(this::view).toList();
    }

    /**
     * The members the public may know of, by {@link PublicNaming}: an empty list for an organisation none of whose
     * members chose to be named, and the same for one that is flagged; 404 while the organisation is not public.
     */
    @Transactional
    public List<NamedRepresentativeView> named(UUID organizationId) {
        OrganizationEntity organization = OrganizationEntity.findById(organizationId);
        if (organization == null || !OrganizationStatus.fromCode(organization.status).isPublic()) {
            throw ProblemException.notFound("organization", organizationId);
        }
        boolean organizationFlagged = ProtectionFlagEntity.anyFlagged(organizationId);
        return RepresentativeEntity.<RepresentativeEntity>find("organizationId = ?1 and publiclyNamed = true "
                + "order by startDate, id", organizationId).page(0, MAX_LISTED).list().stream()
                .filter(r -> PublicNaming.namedToThePublic(isCurrent(r), r.publiclyNamed,
                        organizationFlagged || ProtectionFlagEntity.anyFlagged(r.id)))
                .map(r -> new NamedRepresentativeView(r.fullName, RepresentativeRole.fromCode(r.role))).toList();
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
            throw ProblemException.notFound("representative", representativeId);
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
            throw ProblemException.notFound("representative", representativeId);
        }
        if (endDate.isBefore(representative.startDate)) {
            throw ProblemException.invalid("endDate", "must not be before the start date " + representative.startDate);
        }
        if (representative.endDate != null) {
            throw ProblemException.conflict("This membership already ended on " + representative.endDate + ".");
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
            throw ProblemException.notFound("organization", organizationId);
        }
    }

    /**
     * Only the organisation itself records whether its people are named: someone else who could set it could read
     * the public list and tell a flag from the answer.
     */
    private void requireTheOrganizationItself() {
        if (caller.isStaff()) {
            throw ProblemException.forbidden("Only the organisation itself records whether its representatives chose "
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
