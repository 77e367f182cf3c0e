package org.civicspace.accreditation.applications.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicspace.accreditation.applications.persistence.ApplicationEntity;
import org.civicspace.platform.domain.Refused;
import org.civicspace.platform.web.security.Caller;
import org.civicspace.platform.web.security.Roles;

/** Who may see and do what with an application; to someone who may not see it, it does not exist (404). */
@ApplicationScoped
public class ApplicationAccess {

    private final Caller caller;

    public ApplicationAccess(Caller caller) {
        this.caller = caller;
    }

    ApplicationEntity find(UUID id) {
        ApplicationEntity application = ApplicationEntity.findById(id);
        if (application == null) {
            throw Refused.notFound("application", id);
        }
        return application;
    }

    /** The caller's own organisation's application (staff: any); to anyone else it does not exist. */
    ApplicationEntity own(UUID id) {
        ApplicationEntity application = find(id);
        if (!caller.mayActFor(application.organizationId)) {
            throw Refused.notFound("application", id);
        }
        return application;
    }

    ApplicationEntity visible(UUID id) {
        ApplicationEntity application = find(id);
        boolean committee = caller.hasRole(Roles.NGO_COMMITTEE_MEMBER) && application.sessionId != null;
        if (!caller.mayActFor(application.organizationId) && !committee) {
            throw Refused.notFound("application", id);
        }
        return application;
    }

    void requireStaff() {
        if (!caller.hasRole(Roles.DGC_OFFICER) && !caller.hasRole(Roles.PLATFORM_ADMIN)) {
            throw Refused.forbidden("Only DGC officers and NGO branch staff take this step.");
        }
    }
}
