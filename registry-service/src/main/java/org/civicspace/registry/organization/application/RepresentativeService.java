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
import org.civicspace.registry.organization.api.RepresentativeInput;
import org.civicspace.registry.organization.api.RepresentativeView;
import org.civicspace.registry.organization.domain.RepresentativeRole;
import org.civicspace.registry.organization.messaging.RegistryEvents;
import org.civicspace.registry.organization.persistence.OrganizationEntity;
import org.civicspace.registry.organization.persistence.RepresentativeEntity;

/**
 * An organisation's representatives: only the organisation itself and DGC staff may see or change them, since they
 * hold personal data; to everyone else they do not exist (404).
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
                organizationId).page(0, MAX_LISTED).list().stream().map(RepresentativeService::view).toList();
    }

    @Transactional
    public RepresentativeView add(UUID organizationId, RepresentativeInput input) {
        requireOwnOrganization(organizationId);
        RepresentativeEntity representative = new RepresentativeEntity();
        representative.id = UUID.randomUUID();
        representative.organizationId = organizationId;
        representative.fullName = input.fullName().strip();
        representative.role = input.role().code();
        representative.email = input.email();
        representative.dateOfBirth = input.dateOfBirth();
        representative.startDate = input.startDate();
        representative.createdAt = Instant.now();
        representative.persist();
        publish(RegistryEvents.REPRESENTATIVE_ADDED, representative);
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
                representative.endDate, Instant.now()));
    }

    private void requireOwnOrganization(UUID organizationId) {
        if (!caller.mayActFor(organizationId) || OrganizationEntity.findById(organizationId) == null) {
            throw ProblemException.notFound("organization", organizationId);
        }
    }

    private static RepresentativeView view(RepresentativeEntity representative) {
        LocalDate today = LocalDate.now();
        boolean current = !representative.startDate.isAfter(today)
                && (representative.endDate == null || !representative.endDate.isBefore(today));
        return new RepresentativeView(representative.id, representative.organizationId, representative.fullName,
                RepresentativeRole.fromCode(representative.role), representative.email, representative.dateOfBirth,
                representative.startDate, representative.endDate, current);
    }
}
