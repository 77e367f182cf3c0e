package org.civicspace.accreditation.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How fairly the process runs, for a track and period: approval rate, deferrals and days from submission to
 * decision, overall and by region, organisation type and thematic area, and the questions each member state raised.
 */
@Schema(name = "TransparencyStatistics")
public record TransparencyStatistics(
        @Schema(description = "dgc, ecosoc, or all") String track,
        @Schema(description = "First day of the period (decisions on or after)") LocalDate from,
        @Schema(description = "Last day of the period (decisions on or before)") LocalDate to,
        Breakdown overall,
        List<Breakdown> byRegion,
        List<Breakdown> byOrganizationType,
        List<Breakdown> byTheme,
        List<MemberStateQuestions> questionsByMemberState) {

    /** Decisions in one group. {@code approvalRate} and {@code medianDaysToDecision} are null without decisions. */
    @Schema(name = "StatisticsBreakdown")
    public record Breakdown(
            @Schema(example = "Africa") String key,
            long decisions,
            long granted,
            long rejected,
            @Schema(description = "granted / decisions", example = "0.75") Double approvalRate,
            @Schema(description = "Deferrals of the decided applications, summed") long deferrals,
            @Schema(description = "Applications deferred at least once") long applicationsDeferred,
            @Schema(example = "143.5") Double medianDaysToDecision) {
    }

    @Schema(name = "MemberStateQuestions")
    public record MemberStateQuestions(@Schema(example = "CU") String memberState, long questions,
            @Schema(description = "Distinct applications the member state questioned") long applications) {
    }
}
