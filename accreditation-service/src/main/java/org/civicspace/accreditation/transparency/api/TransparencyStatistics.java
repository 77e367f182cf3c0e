package org.civicspace.accreditation.transparency.api;

import java.time.LocalDate;
import java.util.List;

import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.accreditation.transparency.application.PeriodStatistics;
import org.civicspace.platform.web.json.WireCodes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How fairly the process runs, for a track and period: approval rate, deferrals and days from submission to
 * decision, overall and by region, organisation type and thematic area, and the questions each member state raised.
 */
@Schema(name = "TransparencyStatistics")
public record TransparencyStatistics(
        @Schema(example = "ecosoc") StatisticsTrack track,
        @Schema(description = "First day of the period (decisions on or after)") LocalDate from,
        @Schema(description = "Last day of the period (decisions on or before)") LocalDate to,
        Breakdown overall,
        List<Breakdown> byRegion,
        List<Breakdown> byOrganizationType,
        List<Breakdown> byTheme,
        List<MemberStateQuestions> questionsByMemberState) {

    public static TransparencyStatistics of(PeriodStatistics s) {
        return new TransparencyStatistics(StatisticsTrack.of(s.track()), s.from(), s.to(), Breakdown.of(s.overall()),
                s.byRegion().stream().map(Breakdown::of).toList(),
                s.byOrganizationType().stream().map(Breakdown::of).toList(),
                s.byTheme().stream().map(Breakdown::of).toList(),
                s.questionsByMemberState().stream().map(MemberStateQuestions::of).toList());
    }

    /** The track the statistics cover, or all when the request named none. */
    @Schema(name = "StatisticsTrack")
    public enum StatisticsTrack {
        DGC,
        ECOSOC,
        ALL;

        public static StatisticsTrack of(Track track) {
            if (track == null) {
                return ALL;
            }
            return switch (track) {
                case DGC -> DGC;
                case ECOSOC -> ECOSOC;
            };
        }

        /** {@code dgc}, {@code ecosoc}, {@code all}. */
        @JsonValue
        public String code() {
            return WireCodes.of(this);
        }

        @Override
        public String toString() {
            return code();
        }
    }

    /** Decisions in one group. {@code approvalRate} and {@code medianDaysToDecision} are null without decisions. */
    @Schema(name = "TransparencyBreakdown")
    public record Breakdown(
            @Schema(example = "Africa") String key,
            @Schema(example = "48") long decisions,
            @Schema(example = "36") long granted,
            @Schema(example = "12") long rejected,
            @Schema(description = "granted / decisions", example = "0.75") Double approvalRate,
            @Schema(description = "Deferrals of the decided applications, summed", example = "27") long deferrals,
            @Schema(description = "Applications deferred at least once", example = "15") long applicationsDeferred,
            @Schema(example = "143.5") Double medianDaysToDecision) {

        static Breakdown of(PeriodStatistics.Group g) {
            return new Breakdown(g.key(), g.decisions(), g.granted(), g.rejected(), g.approvalRate(), g.deferrals(),
                    g.applicationsDeferred(), g.medianDaysToDecision());
        }
    }

    @Schema(name = "MemberStateQuestions")
    public record MemberStateQuestions(@Schema(example = "CU") String memberState,
            @Schema(example = "64") long questions,
            @Schema(description = "Distinct applications the member state questioned", example = "41")
            long applications) {

        static MemberStateQuestions of(PeriodStatistics.MemberStateQuestions q) {
            return new MemberStateQuestions(q.memberState(), q.questions(), q.applications());
        }
    }
}
