package org.civicspace.accreditation.applications.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.accreditation.accreditations.application.Accreditations;
import org.civicspace.accreditation.accreditations.domain.EcosocCategory;
import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.accreditation.accreditations.persistence.AccreditationEntity;
import org.civicspace.accreditation.applications.application.ApplicationDetails.Question;
import org.civicspace.accreditation.applications.domain.ApplicationState;
import org.civicspace.accreditation.applications.domain.MinimumRequirements;
import org.civicspace.accreditation.applications.domain.MinimumRequirements.RegistryFacts;
import org.civicspace.accreditation.applications.domain.MinimumRequirements.RuleResult;
import org.civicspace.accreditation.applications.domain.QuestionKind;
import org.civicspace.accreditation.applications.domain.Regions;
import org.civicspace.accreditation.applications.messaging.ApplicationEvents;
import org.civicspace.accreditation.applications.messaging.ApplicationEvents.ApplicationStep;
import org.civicspace.accreditation.applications.persistence.ApplicationEntity;
import org.civicspace.accreditation.applications.persistence.HistoryEntry;
import org.civicspace.accreditation.applications.persistence.QuestionEntity;
import org.civicspace.accreditation.committee.persistence.CommitteeSessionEntity;
import org.civicspace.accreditation.registry.persistence.OrganizationRecord;
import org.civicspace.accreditation.shared.persistence.Keyset;
import org.civicspace.platform.messaging.EventType;
import org.civicspace.platform.messaging.outbox.Outbox;
import org.civicspace.platform.web.http.EntityTags;
import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.problem.ProblemException;
import org.civicspace.platform.web.security.Caller;
import org.civicspace.platform.web.security.Roles;

/**
 * The application workflow: every step checks who may take it and whether the lifecycle allows it, appends to the
 * history, and publishes its event in the same transaction.
 */
@ApplicationScoped
public class Applications {

    /** Newest first. */
    private static final Keyset BY_CREATION = Keyset.of(Keyset.descending("createdAt", Instant::parse),
            Keyset.ascending("id", UUID::fromString));
    /** Oldest step first: history rows are numbered as they are appended. */
    private static final Keyset BY_STEP = Keyset.of(Keyset.ascending("id", Long::valueOf));

    /** The states in which an application no longer blocks a new one on its track. */
    private static final List<ApplicationState> CLOSED = Arrays.stream(ApplicationState.values())
            .filter(ApplicationState::isClosed).toList();

    private final Caller caller;
    private final Outbox outbox;
    private final Accreditations accreditations;

    public Applications(Caller caller, Outbox outbox, Accreditations accreditations) {
        this.caller = caller;
        this.outbox = outbox;
        this.accreditations = accreditations;
    }

    @Transactional
    public VersionedApplication create(StartApplication request) {
        caller.requireActingFor(request.organizationId());
        Track track = request.track();
        requireCategoryFits(track, request.requestedCategory(), "requestedCategory");
        UUID changes = null;
        AccreditationEntity held = accreditations.heldBy(request.organizationId(), track).orElse(null);
        if (held != null) {
            if (track == Track.DGC) {
                throw ProblemException.conflict("The organisation is already associated with DGC (accreditation "
                        + held.id + ").");
            }
            if (held.category == request.requestedCategory()) {
                throw ProblemException.conflict("The organisation already holds " + held.category + " status.");
            }
            changes = held.id;
        }
        requireNoOpenApplication(request.organizationId(), track);
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
        record(application, null, ApplicationState.DRAFT, null);
        return versioned(application);
    }

    @Transactional
    public VersionedApplication updateDraft(UUID id, String ifMatch, ChangeDraft change) {
        ApplicationEntity application = ownApplication(id);
        EntityTags.requireMatch(ifMatch, application.version);
        if (application.state != ApplicationState.DRAFT) {
            throw ProblemException.conflict("Only a draft can be changed; this application is " + application.state
                    + ".");
        }
        requireCategoryFits(application.track, change.requestedCategory(), "requestedCategory");
        application.requestedCategory = change.requestedCategory();
        application.declarations = change.declarations();
        application.updatedAt = Instant.now();
        return flushed(application);
    }

    @Transactional
    public VersionedApplication submit(UUID id) {
        ApplicationEntity application = ownApplication(id);
        move(application, ApplicationState.SUBMITTED, null);
        application.submittedAt = application.updatedAt;
        OrganizationRecord organization = OrganizationRecord.findById(application.organizationId);
        if (organization != null) {
            application.region = Regions.regionOf(organization.headquartersCountry).orElse(null);
            application.organizationType = organization.type;
            application.themes = new ArrayList<>(organization.themes);
        }
        publish(ApplicationEvents.APPLICATION_SUBMITTED, application, null);
        return flushed(application);
    }

    @Transactional
    public VersionedApplication withdraw(UUID id, String reason) {
        ApplicationEntity application = ownApplication(id);
        move(application, ApplicationState.WITHDRAWN, reason);
        publish(ApplicationEvents.APPLICATION_WITHDRAWN, application, null);
        return flushed(application);
    }

    @Transactional
    public VersionedApplication screen(UUID id) {
        requireStaff();
        ApplicationEntity application = find(id);
        ApplicationState state = application.state;
        if (state == ApplicationState.SUBMITTED) {
            move(application, ApplicationState.SCREENING, "screening started");
        } else if (state != ApplicationState.SCREENING) {
            throw ProblemException.illegalTransition(state, ApplicationState.SCREENING, state.allowedNext());
        }
        application.screening = checkRequirements(application);
        application.updatedAt = Instant.now();
        return flushed(application);
    }

    @Transactional
    public VersionedApplication requestClarification(UUID id, RequestClarification request) {
        requireStaff();
        ApplicationEntity application = find(id);
        move(application, ApplicationState.CLARIFICATION_REQUESTED, request.text());
        ask(application, QuestionKind.CLARIFICATION, null, request.text(), request.responseDue());
        return flushed(application);
    }

    @Transactional
    public VersionedApplication placeOnAgenda(UUID id, UUID sessionId) {
        requireStaff();
        ApplicationEntity application = find(id);
        CommitteeSessionEntity session = CommitteeSessionEntity.findById(sessionId);
        if (session == null) {
            throw ProblemException.invalid("sessionId", "no committee session " + sessionId);
        }
        if (session.track != application.track) {
            throw ProblemException.invalid("sessionId", "session " + session.name + " reviews " + session.track
                    + " applications, not " + application.track);
        }
        if (session.endsOn.isBefore(LocalDate.now())) {
            throw ProblemException.invalid("sessionId", "session " + session.name + " ended on " + session.endsOn);
        }
        if (application.state == ApplicationState.SCREENING) {
            application.screening = checkRequirements(application);
            if (!MinimumRequirements.allPassed(application.screening)) {
                throw new ProblemException(409, "requirements-not-met", "Minimum requirements not met",
                        "The application fails minimum requirements and cannot go before the committee.",
                        Map.of("failedRules", application.screening.stream().filter(r -> !r.passed())
                                .toList()));
            }
        }
        application.sessionId = session.id;
        move(application, ApplicationState.BEFORE_COMMITTEE, "placed on the agenda of " + session.name);
        return flushed(application);
    }

    @Transactional
    public VersionedApplication raiseQuestion(UUID id, RaiseQuestion question) {
        if (!caller.hasRole(Roles.NGO_COMMITTEE_MEMBER) && !caller.isStaff()) {
            throw ProblemException.forbidden("Only committee members raise questions.");
        }
        ApplicationEntity application = find(id);
        ApplicationState state = application.state;
        if (!state.isBeforeCommittee()) {
            throw ProblemException.illegalTransition(state, ApplicationState.QUESTIONS_RAISED, state.allowedNext());
        }
        String memberState = speaksFor(question.memberState());
        CommitteeSessionEntity session = CommitteeSessionEntity.findById(application.sessionId);
        if (!session.memberStates.contains(memberState)) {
            throw ProblemException.invalid("memberState", memberState + " is not a member of the "
                    + "committee in session " + session.name + " (" + String.join(", ", session.memberStates) + ")");
        }
        move(application, ApplicationState.QUESTIONS_RAISED, "question from " + memberState);
        ask(application, QuestionKind.COMMITTEE, memberState, question.text(), question.responseDue());
        publish(ApplicationEvents.QUESTION_RAISED, application, memberState);
        return flushed(application);
    }

    /**
     * The member State a question is attributed to: a committee member's own, from their token, never another;
     * staff, who record what was said in the room, name it.
     */
    private String speaksFor(String named) {
        if (caller.hasRole(Roles.NGO_COMMITTEE_MEMBER) && !caller.isStaff()) {
            String own = caller.memberState().orElseThrow(() -> ProblemException.forbidden(
                    "Your account speaks for no member State; ask the secretariat to bind it to yours."));
            if (named != null && !named.equals(own)) {
                throw ProblemException.forbidden("You may speak only for " + own + ".");
            }
            return own;
        }
        if (named == null) {
            throw ProblemException.invalid("memberState", "must name the member State that asked");
        }
        return named;
    }

    @Transactional
    public VersionedApplication answer(UUID id, UUID questionId, String answer) {
        ApplicationEntity application = ownApplication(id);
        QuestionEntity question = QuestionEntity.findById(questionId);
        if (question == null || !question.applicationId.equals(id)) {
            throw ProblemException.notFound("question", questionId);
        }
        if (question.answer != null) {
            throw ProblemException.conflict("This question was answered on " + question.answeredAt + ".");
        }
        if (application.state.isClosed()) {
            throw ProblemException.conflict("The application is " + application.state + "; it takes no more answers.");
        }
        question.answer = answer;
        question.answeredBy = caller.subject();
        question.answeredAt = Instant.now();
        if (question.kind == QuestionKind.CLARIFICATION
                && application.state == ApplicationState.CLARIFICATION_REQUESTED) {
            move(application, ApplicationState.SCREENING, "clarification answered");
            application.screening = checkRequirements(application);
        }
        application.updatedAt = Instant.now();
        return flushed(application);
    }

    @Transactional
    public VersionedApplication defer(UUID id, String reason) {
        requireStaff();
        ApplicationEntity application = find(id);
        move(application, ApplicationState.DEFERRED, reason);
        application.deferralCount++;
        publish(ApplicationEvents.APPLICATION_DEFERRED, application, null);
        return flushed(application);
    }

    @Transactional
    public VersionedApplication recommend(UUID id, Recommend recommendation) {
        requireStaff();
        ApplicationEntity application = find(id);
        requireCategoryFits(application.track, recommendation.category(), "category");
        move(application, ApplicationState.RECOMMENDED, recommendation.reason());
        application.recommendedCategory = recommendation.category();
        return flushed(application);
    }

    @Transactional
    public VersionedApplication decide(UUID id, Decide decision) {
        requireStaff();
        ApplicationEntity application = find(id);
        ApplicationState outcome = decision.outcome().state();
        if (outcome == ApplicationState.GRANTED && application.state != ApplicationState.RECOMMENDED) {
            throw ProblemException.illegalTransition(application.state, outcome, application.state.allowedNext());
        }
        move(application, outcome, decision.reasons());
        application.decidedAt = application.updatedAt;
        application.decisionReasons = decision.reasons();
        if (outcome == ApplicationState.GRANTED) {
            accreditations.grant(application);
        } else {
            publish(ApplicationEvents.APPLICATION_REJECTED, application, null);
        }
        return flushed(application);
    }

    @Transactional
    public VersionedApplication requestReconsideration(UUID id, String reason) {
        ApplicationEntity application = ownApplication(id);
        if (application.reconsiderationUsed) {
            throw new ProblemException(409, "reconsideration-used", "Reconsideration already requested",
                    "A rejected application may be reconsidered once; this one was.");
        }
        ApplicationState state = application.state;
        if (!state.mayMoveTo(ApplicationState.RECONSIDERATION_REQUESTED)) {
            throw ProblemException.illegalTransition(state, ApplicationState.RECONSIDERATION_REQUESTED,
                    state.allowedNext());
        }
        requireNoOpenApplication(application.organizationId, application.track);
        move(application, ApplicationState.RECONSIDERATION_REQUESTED, reason);
        application.reconsiderationUsed = true;
        application.decidedAt = null;
        application.decisionReasons = null;
        return flushed(application);
    }

    @Transactional
    public VersionedApplication get(UUID id) {
        return versioned(visible(id));
    }

    /** A page of the application's history, oldest step first, after {@code cursor}; for those who may see it. */
    @Transactional
    public Page<HistoryStep> history(UUID id, int limit, String cursor) {
        visible(id);
        StringBuilder query = new StringBuilder("applicationId = :application");
        Map<String, Object> parameters = new HashMap<>(Map.of("application", id));
        BY_STEP.after(cursor, parameters).ifPresent(after -> query.append(" and ").append(after));
        List<HistoryEntry> rows = HistoryEntry.<HistoryEntry>find(query + " order by " + BY_STEP.orderBy(),
                parameters).page(0, limit + 1).list();
        return Page.of(rows, limit,
                h -> new HistoryStep(h.fromState, h.toState, h.actor, h.reason, h.sessionId, h.occurredAt),
                h -> BY_STEP.cursorOf(h.id));
    }

    /**
     * A page of applications, newest first, after {@code cursor}: the caller's organisation's; staff see any
     * organisation's, committee members those on agendas.
     */
    @Transactional
    public Page<ApplicationDetails> list(UUID organizationId, ApplicationState state, UUID sessionId, int limit,
            String cursor) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (caller.isStaff()) {
            // any application
        } else if (caller.hasRole(Roles.NGO_COMMITTEE_MEMBER)) {
            query.append(" and sessionId is not null");
        } else {
            UUID own = caller.organizationId().orElseThrow(() -> ProblemException.forbidden(
                    "Your account represents no organisation."));
            if (organizationId != null && !organizationId.equals(own)) {
                return new Page<>(List.of(), null);
            }
            organizationId = own;
        }
        if (organizationId != null) {
            query.append(" and organizationId = :organization");
            parameters.put("organization", organizationId);
        }
        if (state != null) {
            query.append(" and state = :state");
            parameters.put("state", state);
        }
        if (sessionId != null) {
            query.append(" and sessionId = :session");
            parameters.put("session", sessionId);
        }
        BY_CREATION.after(cursor, parameters).ifPresent(after -> query.append(" and ").append(after));
        List<ApplicationEntity> rows = ApplicationEntity.<ApplicationEntity>find(
                query + " order by " + BY_CREATION.orderBy(), parameters).page(0, limit + 1).list();
        return Page.of(rows, limit, this::view, a -> BY_CREATION.cursorOf(a.createdAt, a.id));
    }

    // --- the lifecycle ---

    private void move(ApplicationEntity application, ApplicationState to, String reason) {
        ApplicationState from = application.state;
        if (!from.mayMoveTo(to)) {
            throw ProblemException.illegalTransition(from, to, from.allowedNext());
        }
        application.state = to;
        application.updatedAt = Instant.now();
        record(application, from, to, reason);
    }

    private void record(ApplicationEntity application, ApplicationState from, ApplicationState to, String reason) {
        HistoryEntry entry = new HistoryEntry();
        entry.applicationId = application.id;
        entry.fromState = from;
        entry.toState = to;
        entry.actor = caller.subject();
        entry.reason = reason;
        entry.sessionId = application.sessionId;
        entry.occurredAt = application.updatedAt;
        entry.persist();
    }

    private void ask(ApplicationEntity application, QuestionKind kind, String memberState, String text,
            LocalDate due) {
        QuestionEntity question = new QuestionEntity();
        question.id = UUID.randomUUID();
        question.applicationId = application.id;
        question.sessionId = application.sessionId;
        question.kind = kind;
        question.memberState = memberState;
        question.text = text;
        question.askedBy = caller.subject();
        question.askedAt = Instant.now();
        question.responseDue = due;
        question.persist();
    }

    private void publish(EventType type, ApplicationEntity application, String memberState) {
        outbox.append(type, application.id, new ApplicationStep(application.id, application.organizationId,
                application.track, application.requestedCategory, application.state, application.sessionId,
                memberState, application.deferralCount, application.updatedAt));
    }

    private static List<RuleResult> checkRequirements(ApplicationEntity application) {
        OrganizationRecord organization = OrganizationRecord.findById(application.organizationId);
        RegistryFacts facts = organization == null ? RegistryFacts.unknown()
                : new RegistryFacts(true, organization.status);
        return MinimumRequirements.check(application.track, application.declarations, facts, LocalDate.now());
    }

    // --- who may see and do what ---

    private ApplicationEntity find(UUID id) {
        ApplicationEntity application = ApplicationEntity.findById(id);
        if (application == null) {
            throw ProblemException.notFound("application", id);
        }
        return application;
    }

    /** The caller's own organisation's application (staff: any); to anyone else it does not exist. */
    private ApplicationEntity ownApplication(UUID id) {
        ApplicationEntity application = find(id);
        if (!caller.mayActFor(application.organizationId)) {
            throw ProblemException.notFound("application", id);
        }
        return application;
    }

    private ApplicationEntity visible(UUID id) {
        ApplicationEntity application = find(id);
        boolean committee = caller.hasRole(Roles.NGO_COMMITTEE_MEMBER) && application.sessionId != null;
        if (!caller.mayActFor(application.organizationId) && !committee) {
            throw ProblemException.notFound("application", id);
        }
        return application;
    }

    private void requireStaff() {
        if (!caller.hasRole(Roles.DGC_OFFICER) && !caller.hasRole(Roles.PLATFORM_ADMIN)) {
            throw ProblemException.forbidden("Only DGC officers and NGO branch staff take this step.");
        }
    }

    private static void requireCategoryFits(Track track, EcosocCategory category, String field) {
        if (track == Track.ECOSOC && category == null) {
            throw ProblemException.invalid(field, "ECOSOC applications need a category: general, special or roster");
        }
        if (track == Track.DGC && category != null) {
            throw ProblemException.invalid(field, "DGC association has no category");
        }
    }

    private static void requireNoOpenApplication(UUID organizationId, Track track) {
        ApplicationEntity open = ApplicationEntity.<ApplicationEntity>find(
                "organizationId = ?1 and track = ?2 and state not in ?3", organizationId, track, CLOSED).firstResult();
        if (open != null) {
            throw ProblemException.conflict("The organisation already has an open " + track + " application ("
                    + open.id + ", " + open.state + ").");
        }
    }

    private VersionedApplication flushed(ApplicationEntity application) {
        ApplicationEntity.getEntityManager().flush();
        return versioned(application);
    }

    private VersionedApplication versioned(ApplicationEntity application) {
        return new VersionedApplication(view(application), EntityTags.of(application.version));
    }

    private ApplicationDetails view(ApplicationEntity application) {
        LocalDate today = LocalDate.now();
        List<Question> questions = QuestionEntity.<QuestionEntity>find("applicationId = ?1 order by askedAt, id",
                application.id).stream()
                .map(q -> new Question(q.id, q.kind, q.sessionId, q.memberState, q.text, q.responseDue, q.answer,
                        q.answeredAt, q.answer == null && q.responseDue.isBefore(today)))
                .toList();
        ApplicationState state = application.state;
        List<ApplicationState> next = state.allowedNext().stream()
                .filter(s -> s != ApplicationState.RECONSIDERATION_REQUESTED || !application.reconsiderationUsed)
                .toList();
        return new ApplicationDetails(application.id, application.organizationId, application.track,
                application.requestedCategory, application.changesAccreditation, application.state, next,
                application.declarations,
                application.screening == null ? null : List.copyOf(application.screening),
                application.sessionId, application.deferralCount,
                application.reconsiderationUsed, application.recommendedCategory, application.decisionReasons,
                questions, application.createdAt, application.submittedAt, application.decidedAt);
    }
}
