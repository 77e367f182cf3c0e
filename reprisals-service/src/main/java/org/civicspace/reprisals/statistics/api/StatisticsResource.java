package org.civicspace.reprisals.statistics.api;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.civicspace.platform.web.problem.ProblemException;
import org.civicspace.platform.web.security.Roles;
import org.civicspace.reprisals.statistics.Dimension;
import org.civicspace.reprisals.statistics.StatisticsService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Anonymous counts of cases, with small cells suppressed. */
@Path("/api/v1/reprisals/statistics")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.DASHBOARD_READER, Roles.OHCHR_CASE_OFFICER, Roles.OHCHR_SUPERVISOR })
@Tag(name = "Statistics", description = "Counts for dashboards and the annual report; cells below 5 suppressed")
public class StatisticsResource {

    private final StatisticsService statistics;

    public StatisticsResource(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @Operation(summary = "Count cases by one or two dimensions")
    public List<StatisticsService.Cell> count(
            @Parameter(description = "COUNTRY, YEAR, ACT_TYPE or UN_MECHANISM; one or two", example = "COUNTRY")
            @QueryParam("by") List<String> by,
            @Parameter(description = "Only cases reported in this year") @QueryParam("year") @Min(2000) @Max(2100)
            Integer year,
            @Parameter(description = "Only cases included in the Secretary-General's annual report")
            @QueryParam("annualReport") @DefaultValue("false") boolean annualReport) {
        if (by == null || by.isEmpty() || by.size() > 2) {
            throw ProblemException.invalid("by", "give one or two of COUNTRY, YEAR, ACT_TYPE, UN_MECHANISM");
        }
        List<Dimension> dimensions = by.stream().map(StatisticsResource::dimension).distinct().toList();
        return statistics.count(dimensions, Optional.ofNullable(year), annualReport);
    }

    private static Dimension dimension(String name) {
        try {
            return Dimension.valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("by", "give one or two of COUNTRY, YEAR, ACT_TYPE, UN_MECHANISM");
        }
    }
}
