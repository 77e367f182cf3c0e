package org.civicspace.accreditation.demo.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.civicspace.accreditation.accreditations.domain.AccreditationStatus;
import org.civicspace.accreditation.accreditations.domain.EcosocCategory;
import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.accreditation.accreditations.messaging.AccreditationEvents;
import org.civicspace.accreditation.accreditations.messaging.AccreditationEvents.AccreditationChange;
import org.civicspace.accreditation.accreditations.persistence.AccreditationEntity;
import org.civicspace.accreditation.applications.domain.ApplicationState;
import org.civicspace.accreditation.applications.domain.Declarations;
import org.civicspace.accreditation.applications.domain.QuestionKind;
import org.civicspace.accreditation.applications.domain.Regions;
import org.civicspace.accreditation.applications.persistence.ApplicationEntity;
import org.civicspace.accreditation.applications.persistence.HistoryEntry;
import org.civicspace.accreditation.applications.persistence.QuestionEntity;
import org.civicspace.accreditation.committee.persistence.CommitteeSessionEntity;
import org.civicspace.platform.messaging.outbox.Outbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Demo applications for the local stack, in several states, for the registry's demo organisations (the 14 of the
 * 2019 DGC press release; their ids are the registry's). Two are already associated, so the registry shows them as
 * such once the grants travel through Kafka. Loaded once, on the stack's first start.
 */
@ApplicationScoped
public class DemoApplications {

    /** The organisation the demo user cso-rep represents (registry demo data). */
    static final UUID CSO_REP_ORGANIZATION = UUID.fromString("7d9f3c2a-5b1e-4f8a-9c6d-2e4b8a1f3c5d");
    static final String ACTOR = "demo-data";

    /** An application of a registry demo organisation ({@code organization} null: cso-rep's), as it was then. */
    private record Demo(String organization, String country, String type, List<String> themes, Track track,
            EcosocCategory category, List<ApplicationState> path) {
    }

    private static final List<ApplicationState> TO_GRANT = List.of(ApplicationState.SUBMITTED,
            ApplicationState.SCREENING, ApplicationState.BEFORE_COMMITTEE, ApplicationState.RECOMMENDED,
            ApplicationState.GRANTED);

    private static final List<Demo> DEMOS = List.of(
            new Demo("28.Jun", "CA", "national-ngo", List.of("human-rights", "sdg-10"), Track.DGC, null, TO_GRANT),
            new Demo("Association of Professional Social Workers and Development Practitioners", "IN",
                    "professional-voluntary-association", List.of("sdg-1", "sdg-10"), Track.DGC, null, TO_GRANT),
            new Demo(null, "US", "international-ngo", List.of("sdg-3", "sdg-5"), Track.ECOSOC, EcosocCategory.SPECIAL,
                    List.of(ApplicationState.SUBMITTED, ApplicationState.SCREENING, ApplicationState.BEFORE_COMMITTEE,
                            ApplicationState.QUESTIONS_RAISED)),
            new Demo("Asociación de Primeras Damas de Colombia", "CO", "national-ngo", List.of("sdg-5", "sdg-16"),
                    Track.DGC, null, List.of(ApplicationState.SUBMITTED)),
            new Demo("Cancer Aid Society", "IN", "national-ngo", List.of("sdg-3"), Track.DGC, null,
                    List.of(ApplicationState.SUBMITTED, ApplicationState.SCREENING)),
            new Demo("Center for Oceanic Awareness, Research and Education", "US", "think-tank-or-research-institute",
                    List.of("sdg-14", "sdg-13"), Track.DGC, null,
                    List.of(ApplicationState.SUBMITTED, ApplicationState.SCREENING, ApplicationState.BEFORE_COMMITTEE,
                            ApplicationState.QUESTIONS_RAISED, ApplicationState.DEFERRED)),
            new Demo("Global Emergency Response and Assistance (GERA)", "US", "international-ngo",
                    List.of("humanitarian-action", "sdg-3"), Track.DGC, null, List.of()));

    private final boolean enabled;
    private final Outbox outbox;

    public DemoApplications(@ConfigProperty(name = "civicspace.demo-data") boolean enabled, Outbox outbox) {
        this.enabled = enabled;
        this.outbox = outbox;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    /** Loads the demo applications unless they are there already; returns how many it loaded. */
    @Transactional
    public int load() {
        if (HistoryEntry.count("actor", ACTOR) > 0) {
            return 0;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        CommitteeSessionEntity dgc = session(Track.DGC, "DGC Civil Society Association Committee, demo sitting",
                LocalDate.now().minusDays(14), List.of("CA", "IN", "US"));
        CommitteeSessionEntity ecosoc = session(Track.ECOSOC, "Committee on NGOs, demo regular session",
                LocalDate.now().plusDays(30), List.of("CU", "IN", "US", "ZA"));
        for (Demo demo : DEMOS) {
            UUID organization = demo.organization() == null ? CSO_REP_ORGANIZATION
                    : UUID.nameUUIDFromBytes(demo.organization().getBytes(StandardCharsets.UTF_8));
            ApplicationEntity application = new ApplicationEntity();
            application.id = UUID.randomUUID();
            application.organizationId = organization;
            application.track = demo.track();
            application.requestedCategory = demo.category();
            application.state = ApplicationState.DRAFT;
            application.declarations = new Declarations(LocalDate.of(2012, 4, 1), true, true, true,
                    "https://example.org/demo", List.of("Annual report"), List.of("https://social.example/@demo"),
                    12000);
            application.region = Regions.regionOf(demo.country()).orElse(null);
            application.organizationType = demo.type();
            application.themes = new ArrayList<>(demo.themes());
            application.createdBy = ACTOR;
            // a step a week, the last one today
            application.createdAt = now.minus(7L * demo.path().size(), ChronoUnit.DAYS);
            application.updatedAt = application.createdAt;
            application.persist();
            history(application, null, ApplicationState.DRAFT);
            CommitteeSessionEntity session = demo.track() == Track.DGC ? dgc : ecosoc;
            for (ApplicationState next : demo.path()) {
                walk(application, next, session);
            }
        }
        Log.infof("loaded %d demo applications", DEMOS.size());
        return DEMOS.size();
    }

    private void walk(ApplicationEntity application, ApplicationState next, CommitteeSessionEntity session) {
        ApplicationState from = application.state;
        application.state = next;
        application.updatedAt = application.updatedAt.plus(7, ChronoUnit.DAYS);
        switch (next) {
            case SUBMITTED -> application.submittedAt = application.updatedAt;
            case BEFORE_COMMITTEE -> application.sessionId = session.id;
            case QUESTIONS_RAISED -> question(application, session);
            case DEFERRED -> application.deferralCount++;
            case GRANTED -> grant(application);
            default -> { }
        }
        history(application, from, next);
    }

    private void grant(ApplicationEntity application) {
        Instant now = application.updatedAt;
        application.decidedAt = now;
        application.decisionReasons = "Meets the minimum requirements (demo)";
        AccreditationEntity accreditation = new AccreditationEntity();
        accreditation.id = UUID.randomUUID();
        accreditation.organizationId = application.organizationId;
        accreditation.track = application.track;
        accreditation.status = AccreditationStatus.ACTIVE;
        accreditation.grantedOn = LocalDate.ofInstant(now, ZoneOffset.UTC);
        accreditation.applicationId = application.id;
        accreditation.updatedAt = now;
        accreditation.persist();
        outbox.append(AccreditationEvents.GRANTED, application.organizationId, new AccreditationChange(
                application.organizationId, application.track, null, accreditation.grantedOn, now));
    }

    private static void question(ApplicationEntity application, CommitteeSessionEntity session) {
        QuestionEntity question = new QuestionEntity();
        question.id = UUID.randomUUID();
        question.applicationId = application.id;
        question.sessionId = session.id;
        question.kind = QuestionKind.COMMITTEE;
        question.memberState = session.memberStates.get(0);
        question.text = "Please list your sources of funding over the last three years.";
        question.askedBy = ACTOR;
        question.askedAt = application.updatedAt;
        question.responseDue = LocalDate.now().plusDays(21);
        question.persist();
    }

    private static CommitteeSessionEntity session(Track track, String name, LocalDate startsOn,
            List<String> members) {
        CommitteeSessionEntity session = new CommitteeSessionEntity();
        session.id = UUID.randomUUID();
        session.track = track;
        session.name = name;
        session.startsOn = startsOn;
        session.endsOn = startsOn.plusDays(4);
        session.memberStates = new ArrayList<>(members);
        session.createdAt = Instant.now();
        session.persist();
        return session;
    }

    private static void history(ApplicationEntity application, ApplicationState from, ApplicationState to) {
        HistoryEntry entry = new HistoryEntry();
        entry.applicationId = application.id;
        entry.fromState = from;
        entry.toState = to;
        entry.actor = ACTOR;
        entry.reason = "demo data";
        entry.sessionId = application.sessionId;
        entry.occurredAt = application.updatedAt;
        entry.persist();
    }
}
