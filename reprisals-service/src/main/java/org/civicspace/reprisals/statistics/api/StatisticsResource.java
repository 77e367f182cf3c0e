package org.civicspace.reprisals.statistics.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.civicspace.platform.web.problem.ProblemException;
import org.civicspace.platform.web.security.Caller;
import org.civicspace.platform.web.security.Roles;
import org.civicspace.reprisals.commons.api.Actors;
import org.civicspace.reprisals.statistics.application.Dimension;
import org.civicspace.reprisals.statistics.application.StatisticsService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The published statistics of each year, and each officer's own caseload. */
@Path("/api/v1/reprisals/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Published yearly tables (rounded down to 5, small cells left out) and "
        + "each officer's caseload")
public class StatisticsResource {

    private static final String PUBLISHED = "give one or two of country, act-type, un-mechanism";
    private static final String CASELOAD = "give one or two of country, act-type, un-mechanism, year";

    private final StatisticsService statistics;
    private final Caller caller;

    public StatisticsResource(StatisticsService statistics, Caller caller) {
        this.statistics = statistics;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.DASHBOARD_READER, Roles.OHCHR_CASE_OFFICER, Roles.OHCHR_SUPERVISOR })
    @Operation(operationId = "getPublishedReprisalStatistics", summary = "Read a published table of one year",
            description = "A year is published once it has ended, and its figures never change after that. Every "
                    + "count is rounded down to a multiple of 5, and cells below 5 are left out with their keys.")
    @APIResponse(responseCode = "200", description = "The table")
    @APIResponse(responseCode = "400", description = "year missing or out of range, or by not one or two of country, "
            + "act-type, un-mechanism")
    @APIResponse(responseCode = "404", description = "The year has not ended, so it is not published yet")
    public StatisticsService.Table published(
            @Parameter(description = "The year the cases were reported in", required = true, example = "2025")
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "country, act-type or un-mechanism; one or two (year is a dimension of the "
                    + "caseload only)", required = true, example = "country")
            @QueryParam("by") List<Dimension> by) {
        List<Dimension> dimensions = dimensions(by, PUBLISHED);
        if (dimensions.contains(Dimension.YEAR)) {
            throw ProblemException.invalid("by", PUBLISHED);
        }
        return statistics.published(year, dimensions).orElseThrow(() -> new ProblemException(404,
                "statistics-not-published", "Statistics not published",
                "The statistics of " + year + " are published once that year has ended."));
    }

    @GET
    @Path("/caseload")
    @RolesAllowed({ Roles.OHCHR_CASE_OFFICER, Roles.OHCHR_SUPERVISOR })
    @Operation(operationId = "getReprisalCaseload", summary = "Count the cases you may see",
            description = "Exact counts over the cases assigned to you; a supervisor's cover every case.")
    @APIResponse(responseCode = "200", description = "The cells")
    @APIResponse(responseCode = "400", description = "by not one or two of country, act-type, un-mechanism, year")
    public List<StatisticsService.Cell> caseload(
            @Parameter(description = "One or two dimensions", required = true, example = "country")
            @QueryParam("by") List<Dimension> by) {
        return statistics.caseload(Actors.of(caller), dimensions(by, CASELOAD));
    }

    private static List<Dimension> dimensions(List<Dimension> by, String message) {
        if (by == null || by.isEmpty() || by.size() > 2) {
            throw ProblemException.invalid("by", message);
        }
        return by.stream().distinct().toList();
    }
}
