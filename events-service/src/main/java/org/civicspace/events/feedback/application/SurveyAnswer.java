package org.civicspace.events.feedback.application;

/** An attendee's answer to the survey, proved by the check-in code of their badge; the comment is optional. */
public record SurveyAnswer(String checkInCode, int overall, int usefulness, boolean wouldRecommend, String comment) {
}
