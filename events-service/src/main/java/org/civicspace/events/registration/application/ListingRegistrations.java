package org.civicspace.events.registration.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.events.meeting.application.Meetings;
import org.civicspace.events.meeting.application.Organizers;
import org.civicspace.events.registration.domain.RegistrationStatus;
import org.civicspace.events.registration.persistence.RegistrationEntity;
import org.civicspace.events.registry.domain.PublicNaming;
import org.civicspace.events.registry.domain.PublicNaming.Audience;
import org.civicspace.events.registry.persistence.ProtectionFlag;
import org.civicspace.events.registry.persistence.RepresentativeRecord;
import org.civicspace.platform.domain.Refused;
import org.civicspace.platform.web.security.Caller;

/** Lists a meeting's participants a page at a time, each name as the caller may be told it. */
@ApplicationScoped
public class ListingRegistrations {

    private final Caller caller;
    private final Organizers organizers;

    ListingRegistrations(Caller caller, Organizers organizers) {
        this.caller = caller;
        this.organizers = organizers;
    }

    /**
     * The participants: all of them for staff and the leading organisation, the caller's own organisation's
     * otherwise; up to {@code limit} in the order they were made, after the position ({@code sequence}, {@code id})
     * of the last one a page showed. Staff and each registrant's own organisation see the names entered; the leading
     * organisation sees another organisation's registrant by name only as {@link PublicNaming} allows, and without a
     * name otherwise. A waitlisted registration's position counts the waitlisted the caller may see.
     */
    @Transactional
    public List<ListedRegistration> list(UUID eventId, Optional<Long> afterSequence, Optional<UUID> afterId,
            int limit) {
        boolean all = organizers.mayOrganize(Meetings.find(eventId));
        UUID own = caller.organizationId().orElse(null);
        if (!all && own == null) {
            throw Refused.forbidden("Only staff, the leading organisation and registrants' organisations "
                    + "see registrations.");
        }
        String scope = all ? "r.eventId = :event" : "r.eventId = :event and r.organizationId = :own";
        String after = afterSequence.isPresent()
                ? " and (r.sequence > :sequence or (r.sequence = :sequence and r.id > :id))" : "";
        var typed = RegistrationEntity.getEntityManager().createQuery("from RegistrationEntity r where " + scope
                + after + " order by r.sequence, r.id", RegistrationEntity.class)
                .setParameter("event", eventId).setMaxResults(limit);
        if (!all) {
            typed.setParameter("own", own);
        }
        afterSequence.ifPresent(sequence -> typed.setParameter("sequence", sequence)
                .setParameter("id", afterId.orElseThrow()));
        List<RegistrationEntity> registrations = typed.getResultList();
        int waitingAhead = waitingBefore(registrations, scope, eventId, all ? null : own);
        List<ListedRegistration> listed = new ArrayList<>(registrations.size());
        for (RegistrationEntity r : registrations) {
            Integer position = r.status == RegistrationStatus.WAITLISTED ? ++waitingAhead : null;
            listed.add(new ListedRegistration(r.sequence,
                    Registration.of(r, caller.mayActFor(r.organizationId), position, shownName(r))));
        }
        return listed;
    }

    /** How many waitlisted the caller may see come before the first of {@code page} (none when none is waitlisted). */
    private static int waitingBefore(List<RegistrationEntity> page, String scope, UUID eventId, UUID own) {
        if (page.stream().noneMatch(r -> r.status == RegistrationStatus.WAITLISTED)) {
            return 0;
        }
        var count = RegistrationEntity.getEntityManager().createQuery("select count(r) from RegistrationEntity r "
                + "where " + scope + " and r.status = :waitlisted and r.sequence < :first", Long.class)
                .setParameter("event", eventId).setParameter("waitlisted", RegistrationStatus.WAITLISTED)
                .setParameter("first", page.get(0).sequence);
        if (own != null) {
            count.setParameter("own", own);
        }
        return Math.toIntExact(count.getSingleResult());
    }

    /** The registrant's name as the caller may see it, or null ("not named"). */
    private String shownName(RegistrationEntity r) {
        Audience audience = caller.isStaff() ? Audience.STAFF
                : caller.mayActFor(r.organizationId) ? Audience.ENTERING_ORGANIZATION : Audience.OTHERS;
        if (audience != Audience.OTHERS) {
            return r.fullName;
        }
        RepresentativeRecord person = RepresentativeRecord.findById(r.representativeId);
        boolean chose = person != null && person.publiclyNamed;
        return PublicNaming.mayName(audience, chose, ProtectionFlag.anyFlagged(r.representativeId, r.organizationId))
                ? r.fullName : null;
    }
}
