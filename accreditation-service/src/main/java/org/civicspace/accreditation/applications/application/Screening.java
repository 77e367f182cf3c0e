package org.civicspace.accreditation.applications.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.accreditation.applications.domain.ApplicationState;
import org.civicspace.accreditation.applications.domain.MinimumRequirements;
import org.civicspace.accreditation.applications.domain.MinimumRequirements.RegistryFacts;
import org.civicspace.accreditation.applications.domain.MinimumRequirements.RuleResult;
import org.civicspace.accreditation.applications.domain.QuestionKind;
import org.civicspace.accreditation.applications.persistence.ApplicationEntity;
import org.civicspace.accreditation.registry.persistence.OrganizationRecord;
import org.civicspace.platform.domain.Refused;

/**
 * Screening by staff: the minimum requirements checked, each with its reason, and clarifications asked of the
 * applicant; an answered clarification brings the application back to screening.
 */
@ApplicationScoped
public class Screening {

    private final ApplicationAccess access;
    private final ApplicationSteps steps;

    public Screening(ApplicationAccess access, ApplicationSteps steps) {
        this.access = access;
        this.steps = steps;
    }

    @Transactional
    public VersionedApplication screen(UUID id) {
        access.requireStaff();
        ApplicationEntity application = access.find(id);
        ApplicationState state = application.state;
        if (state == ApplicationState.SUBMITTED) {
            steps.move(application, ApplicationState.SCREENING, "screening started");
        } else if (state != ApplicationState.SCREENING) {
            throw Refused.illegalTransition(state, ApplicationState.SCREENING, state.allowedNext());
        }
        application.screening = checkRequirements(application);
        application.updatedAt = Instant.now();
        return ApplicationResults.flushed(application);
    }

    @Transactional
    public VersionedApplication requestClarification(UUID id, RequestClarification request) {
        access.requireStaff();
        ApplicationEntity application = access.find(id);
        steps.move(application, ApplicationState.CLARIFICATION_REQUESTED, request.text());
        steps.ask(application, QuestionKind.CLARIFICATION, null, request.text(), request.responseDue());
        return ApplicationResults.flushed(application);
    }

    /** The minimum requirements, checked now against the registry read model and the declarations. */
    static List<RuleResult> checkRequirements(ApplicationEntity application) {
        OrganizationRecord organization = OrganizationRecord.findById(application.organizationId);
        RegistryFacts facts = organization == null ? RegistryFacts.unknown()
                : new RegistryFacts(true, organization.status);
        return MinimumRequirements.check(application.track, application.declarations, facts, LocalDate.now());
    }
}
