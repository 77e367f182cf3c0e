package org.civicspace.events.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicspace.events.meeting.persistence.MeetingEntity;
import org.civicspace.platform.domain.Refused;
import org.civicspace.platform.web.security.Caller;

/** Who organises a meeting: DGC staff, and the CSO that leads it (from its accepted proposal). */
@ApplicationScoped
public class Organizers {

    private final Caller caller;

    public Organizers(Caller caller) {
        this.caller = caller;
    }

    public boolean mayOrganize(MeetingEntity meeting) {
        return caller.isStaff() || (meeting.leadOrganizationId != null
                && caller.organizationId().filter(meeting.leadOrganizationId::equals).isPresent());
    }

    /** 403 unless the caller organises the meeting. */
    void requireOrganizer(MeetingEntity meeting) {
        if (!mayOrganize(meeting)) {
            throw Refused.forbidden("Only staff and the leading organisation change this event.");
        }
    }

    /** 403 unless the caller is DGC staff. */
    void requireStaff() {
        if (!caller.isStaff()) {
            throw Refused.forbidden("Only DGC staff organise events.");
        }
    }
}
