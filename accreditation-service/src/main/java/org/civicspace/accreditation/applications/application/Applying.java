package org.civicspace.accreditation.applications.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.accreditation.accreditations.application.Accreditations;
import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.accreditation.applications.domain.ApplicationState;
import org.civicspace.accreditation.applications.domain.ApplyingPolicy;
import org.civicspace.accreditation.applications.domain.QuestionKind;
import org.civicspace.accreditation.applications.domain.Regions;
import org.civicspace.accreditation.applications.messaging.ApplicationEvents;
import org.civicspace.accreditation.applications.persistence.ApplicationEntity;
import org.civicspace.accreditation.applications.persistence.QuestionEntity;
import org.civicspace.accreditation.registry.persistence.OrganizationRecord;
import org.civicspace.platform.domain.Refusal;
import org.civicspace.platform.domain.Refused;
import org.civicspace.platform.web.http.EntityTags;
import org.civicspace.platform.web.security.Caller;

/**
 * The applicant's side of the workflow: start an application, change the draft, submit it, answer questions, withdraw
 * it, and ask once for a rejection to be reconsidered. An organisation acts only on its own applications (staff on
 * any); one application at a time is open per organisation and track.
 */
@ApplicationScoped
public class Applying {

    /** The states in which an application no longer blocks a new one on its track. */
    private static final List<ApplicationState> CLOSED = Arrays.stream(ApplicationState.values())
            .filter(ApplicationState::isClosed).toList();

    private final Caller caller;
    private final ApplicationAccess access;
    private final ApplicationSteps steps;
    private final Accreditations accreditations;

    public Applying(Caller caller, ApplicationAccess access, ApplicationSteps steps, Accreditations accreditations) {
        this.caller = caller;
        this.access = access;
        this.steps = steps;
        this.accreditations = accreditations;
    }

    @Transactional
    public VersionedApplication start(StartApplication request) {
        caller.requireActingFor(request.organizationId());
        Track track = request.track();
        ApplicationSteps.requireCategoryFits(track, request.requestedCategory(), "requestedCategory");
        Optional<ApplyingPolicy.Held> held = accreditations.heldBy(request.organizationId(), track)
                .map(a -> new ApplyingPolicy.Held(a.id, a.category));
        ApplyingPolicy.mayStart(track, request.requestedCategory(), held, openApplication(request.organizationId(),
                track)).ifPresent(Applying::refuse);
        UUID changes = held.map(ApplyingPolicy.Held::accreditationId).orElse(null);
        Instant now = Instant.now();
        ApplicationEntity application = new ApplicationEntity();
        application.id = UUID.randomUUID();
        application.organizationId = request.organizationId();
        application.track = track;
        application.requestedCategory = request.requestedCategory();
        application.changesAccreditation = changes;
        application.state = ApplicationState.DRAFT;
        application.declarations = request.declarations();
        application.createdBy = caller.subject();
        application.createdAt = now;
        application.updatedAt = now;
        application.persist();
        steps.record(application, null, ApplicationState.DRAFT, null);
        return ApplicationResults.versioned(application);
    }

    @Transactional
    public VersionedApplication changeDraft(UUID id, String ifMatch, ChangeDraft change) {
        ApplicationEntity application = access.own(id);
        EntityTags.requireMatch(ifMatch, application.version);
        if (application.state != ApplicationState.DRAFT) {
            throw Refused.conflict("Only a draft can be changed; this application is " + application.state
                    + ".");
        }
        ApplicationSteps.requireCategoryFits(application.track, change.requestedCategory(), "requestedCategory");
        application.requestedCategory = change.requestedCategory();
        application.declarations = change.declarations();
        application.updatedAt = Instant.now();
        return ApplicationResults.flushed(application);
    }

    @Transactional
    public VersionedApplication submit(UUID id) {
        ApplicationEntity application = access.own(id);
        steps.move(application, ApplicationState.SUBMITTED, null);
        application.submittedAt = application.updatedAt;
        OrganizationRecord organization = OrganizationRecord.findById(application.organizationId);
        if (organization != null) {
            application.region = Regions.regionOf(organization.headquartersCountry).orElse(null);
            application.organizationType = organization.type;
            application.themes = new ArrayList<>(organization.themes);
        }
        steps.publish(ApplicationEvents.APPLICATION_SUBMITTED, application, null);
        return ApplicationResults.flushed(application);
    }

    @Transactional
    public VersionedApplication withdraw(UUID id, String reason) {
        ApplicationEntity application = access.own(id);
        steps.move(application, ApplicationState.WITHDRAWN, reason);
        steps.publish(ApplicationEvents.APPLICATION_WITHDRAWN, application, null);
        return ApplicationResults.flushed(application);
    }

    @Transactional
    public VersionedApplication answer(UUID id, UUID questionId, String answer) {
        ApplicationEntity application = access.own(id);
        QuestionEntity question = QuestionEntity.findById(questionId);
        if (question == null || !question.applicationId.equals(id)) {
            throw Refused.notFound("question", questionId);
        }
        if (question.answer != null) {
            throw Refused.conflict("This question was answered on " + question.answeredAt + ".");
        }
        if (application.state.isClosed()) {
            throw Refused.conflict("The application is " + application.state + "; it takes no more answers.");
        }
        question.answer = answer;
        question.answeredBy = caller.subject();
        question.answeredAt = Instant.now();
        if (question.kind == QuestionKind.CLARIFICATION
                && application.state == ApplicationState.CLARIFICATION_REQUESTED) {
            steps.move(application, ApplicationState.SCREENING, "clarification answered");
            application.screening = Screening.checkRequirements(application);
        }
        application.updatedAt = Instant.now();
        return ApplicationResults.flushed(application);
    }

    @Transactional
    public VersionedApplication requestReconsideration(UUID id, String reason) {
        ApplicationEntity application = access.own(id);
        if (application.reconsiderationUsed) {
            throw Refused.conflict("reconsideration-used", "Reconsideration already requested",
                    "A rejected application may be reconsidered once; this one was.");
        }
        ApplicationState state = application.state;
        if (!state.mayMoveTo(ApplicationState.RECONSIDERATION_REQUESTED)) {
            throw Refused.illegalTransition(state, ApplicationState.RECONSIDERATION_REQUESTED,
                    state.allowedNext());
        }
        ApplyingPolicy.noneOpen(application.track, openApplication(application.organizationId, application.track))
                .ifPresent(Applying::refuse);
        steps.move(application, ApplicationState.RECONSIDERATION_REQUESTED, reason);
        application.reconsiderationUsed = true;
        application.decidedAt = null;
        application.decisionReasons = null;
        return ApplicationResults.flushed(application);
    }

    private static Optional<ApplyingPolicy.Open> openApplication(UUID organizationId, Track track) {
        return ApplicationEntity.<ApplicationEntity>find("organizationId = ?1 and track = ?2 and state not in ?3",
                organizationId, track, CLOSED).firstResultOptional().map(o -> new ApplyingPolicy.Open(o.id, o.state));
    }

    private static void refuse(Refusal refusal) {
        throw new Refused(refusal);
    }
}
