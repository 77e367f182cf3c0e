package org.civicspace.events.feedback.application;

import java.util.Map;
import java.util.UUID;

/** The survey's results in aggregate; the averages and the share are null without responses. */
public record SurveyResults(UUID eventId, long responses, long attended, Double averageOverall,
        Double averageUsefulness, Double wouldRecommendShare, Map<Integer, Long> overallDistribution) {
}
