package org.civicspace.events.feedback.application;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.events.feedback.persistence.FeedbackEntity;
import org.civicspace.events.meeting.application.ReadingMeetings;
import org.civicspace.events.meeting.domain.MeetingStatus;
import org.civicspace.events.meeting.persistence.MeetingEntity;
import org.civicspace.events.registration.domain.RegistrationStatus;
import org.civicspace.events.registration.persistence.RegistrationEntity;
import org.civicspace.platform.domain.Refused;
import org.civicspace.platform.web.security.Caller;

/**
 * The short survey after an event. The attendee proves attendance with the check-in code of their badge (no
 * account needed, which suits mobile clients); one answer per attendance; results are public only in aggregate.
 */
@ApplicationScoped
public class Feedback {

    private final Caller caller;
    private final ReadingMeetings meetings;

    public Feedback(Caller caller, ReadingMeetings meetings) {
        this.caller = caller;
        this.meetings = meetings;
    }

    @Transactional
    public void submit(UUID eventId, SurveyAnswer request) {
        MeetingEntity event = MeetingEntity.findById(eventId);
        if (event == null) {
            throw Refused.notFound("event", eventId);
        }
        RegistrationEntity registration = RegistrationEntity.<RegistrationEntity>find(
                "eventId = ?1 and checkInCode = ?2", eventId, request.checkInCode().strip().toUpperCase())
                .firstResult();
        if (registration == null || registration.status != RegistrationStatus.ATTENDED) {
            throw Refused.forbidden("attendees-only", "Attendees only",
                    "Only people who attended the event answer its survey, with the code on their badge.");
        }
        if (Instant.now().isBefore(event.endsAt) && event.status != MeetingStatus.COMPLETED) {
            throw Refused.conflict("The survey opens when the event ends (" + event.endsAt + ").");
        }
        if (FeedbackEntity.findById(registration.id) != null) {
            throw Refused.conflict("This attendee already answered the survey.");
        }
        FeedbackEntity feedback = new FeedbackEntity();
        feedback.registrationId = registration.id;
        feedback.answerId = UUID.randomUUID();
        feedback.eventId = eventId;
        feedback.overall = request.overall();
        feedback.usefulness = request.usefulness();
        feedback.wouldRecommend = request.wouldRecommend();
        feedback.comment = request.comment();
        feedback.submittedAt = Instant.now();
        feedback.persist();
    }

    /**
     * The results in aggregate, to whoever may read the event: a draft's only to staff and the
     * leading organisation, and to anyone else not found, as the draft itself is.
     */
    @Transactional
    public SurveyResults summary(UUID eventId) {
        meetings.readable(eventId);
        List<FeedbackEntity> answers = FeedbackEntity.list("eventId", eventId);
        long attended = RegistrationEntity.count("eventId = ?1 and status = ?2", eventId,
                RegistrationStatus.ATTENDED);
        Map<Integer, Long> distribution = new LinkedHashMap<>();
        for (int rating = 1; rating <= 5; rating++) {
            int r = rating;
            distribution.put(rating, answers.stream().filter(a -> a.overall == r).count());
        }
        if (answers.isEmpty()) {
            return new SurveyResults(eventId, 0, attended, null, null, null, distribution);
        }
        return new SurveyResults(eventId, answers.size(), attended,
                round(answers.stream().mapToInt(a -> a.overall).average().orElseThrow()),
                round(answers.stream().mapToInt(a -> a.usefulness).average().orElseThrow()),
                round(answers.stream().filter(a -> a.wouldRecommend).count() / (double) answers.size()),
                distribution);
    }

    /**
     * The answers with a comment, for DGC staff only: up to {@code limit}, oldest first, after the position
     * ({@code submittedAt}, {@code answerId}) of the last one a page showed. Never the registration or its person.
     */
    @Transactional
    public List<SurveyComment> comments(UUID eventId, Optional<Instant> afterSubmittedAt, Optional<UUID> afterId,
            int limit) {
        if (!caller.isStaff()) {
            throw Refused.forbidden("Only DGC staff read the survey's comments.");
        }
        if (MeetingEntity.findById(eventId) == null) {
            throw Refused.notFound("event", eventId);
        }
        StringBuilder query = new StringBuilder(
                "from FeedbackEntity f where f.eventId = :event and f.comment is not null and f.comment <> ''");
        if (afterSubmittedAt.isPresent()) {
            query.append(" and (f.submittedAt > :at or (f.submittedAt = :at and f.answerId > :id))");
        }
        query.append(" order by f.submittedAt, f.answerId");
        var typed = FeedbackEntity.getEntityManager().createQuery(query.toString(), FeedbackEntity.class)
                .setParameter("event", eventId).setMaxResults(limit);
        afterSubmittedAt.ifPresent(at -> typed.setParameter("at", at).setParameter("id", afterId.orElseThrow()));
        return typed.getResultList().stream().map(f -> new SurveyComment(f.answerId, f.overall, f.usefulness,
                f.wouldRecommend, f.comment, f.submittedAt)).toList();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
