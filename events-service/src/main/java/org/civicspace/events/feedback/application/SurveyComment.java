package org.civicspace.events.feedback.application;

import java.time.Instant;
import java.util.UUID;

/** One answer that has a comment, by its answer id: never the registration or its person. */
public record SurveyComment(UUID id, int overall, int usefulness, boolean wouldRecommend, String comment,
        Instant submittedAt) {
}
