package org.civicspace.events.feedback.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civicspace.events.feedback.application.SurveyAnswer;
import org.civicspace.events.feedback.application.SurveyComment;
import org.civicspace.events.feedback.application.SurveyResults;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The survey after a meeting as the API takes and shows it. */
public final class FeedbackViews {

    private FeedbackViews() {
    }

    @Schema(name = "Feedback")
    public record FeedbackRequest(
            @NotBlank @Size(max = 64) @Schema(description = "The attendee's check-in code proves attendance",
                    example = "K7Q2M9XD") String checkInCode,
            @NotNull @Min(1) @Max(5) @Schema(example = "4") Integer overall,
            @NotNull @Min(1) @Max(5) @Schema(example = "5") Integer usefulness,
            @NotNull Boolean wouldRecommend,
            @Size(max = 2000) @Schema(description = "Never shown in the public summary",
                    example = "More time for questions from the floor, please.") String comment) {

        /** The answer as the application takes it. */
        public SurveyAnswer answer() {
            return new SurveyAnswer(checkInCode, overall, usefulness, wouldRecommend, comment);
        }
    }

    @Schema(name = "EventFeedbackComment", description = "One answer to the survey that has a comment; it does not "
            + "say who gave it")
    public record FeedbackComment(
            @Schema(description = "The answer, not the registration") UUID id,
            @Schema(example = "4") int overall,
            @Schema(example = "5") int usefulness,
            boolean wouldRecommend,
            @Schema(example = "More time for questions from the floor, please.") String comment,
            Instant submittedAt) {

        public static FeedbackComment of(SurveyComment c) {
            return new FeedbackComment(c.id(), c.overall(), c.usefulness(), c.wouldRecommend(), c.comment(),
                    c.submittedAt());
        }
    }

    @Schema(name = "FeedbackSummary")
    public record FeedbackSummary(UUID eventId,
            @Schema(example = "42") long responses,
            @Schema(example = "96") long attended,
            @Schema(description = "Absent without responses", example = "4.31") Double averageOverall,
            @Schema(description = "Absent without responses", example = "4.05") Double averageUsefulness,
            @Schema(description = "Share from 0 to 1; absent without responses", example = "0.88")
            Double wouldRecommendShare,
            @Schema(description = "Responses per overall rating, 1 to 5",
                    example = "{\"1\": 0, \"2\": 1, \"3\": 4, \"4\": 18, \"5\": 19}")
            Map<Integer, Long> overallDistribution) {

        public static FeedbackSummary of(SurveyResults r) {
            return new FeedbackSummary(r.eventId(), r.responses(), r.attended(), r.averageOverall(),
                    r.averageUsefulness(), r.wouldRecommendShare(), r.overallDistribution());
        }
    }
}
