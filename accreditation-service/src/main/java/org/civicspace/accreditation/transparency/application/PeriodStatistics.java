package org.civicspace.accreditation.transparency.application;

import java.time.LocalDate;
import java.util.List;

import org.civicspace.accreditation.accreditations.domain.Track;

/**
 * The statistics of the decisions of a period, on one track or, when {@code track} is absent, on both: overall and by
 * region, organisation type and thematic area, and the questions each member State raised.
 */
public record PeriodStatistics(Track track, LocalDate from, LocalDate to, Group overall, List<Group> byRegion,
        List<Group> byOrganizationType, List<Group> byTheme, List<MemberStateQuestions> questionsByMemberState) {

    /** Decisions in one group. {@code approvalRate} and {@code medianDaysToDecision} are absent without decisions. */
    public record Group(String key, long decisions, long granted, long rejected, Double approvalRate, long deferrals,
            long applicationsDeferred, Double medianDaysToDecision) {
    }

    /** The questions a member State raised, and on how many distinct applications. */
    public record MemberStateQuestions(String memberState, long questions, long applications) {
    }
}
