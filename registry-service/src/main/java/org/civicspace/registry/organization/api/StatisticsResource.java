package org.civicspace.registry.organization.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.civicspace.registry.organization.application.RegistryStatistics;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Counts of organisations for dashboards. */
@Path("/api/v1/registry/statistics")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Statistics", description = "Counts of organisations, for dashboards")
public class StatisticsResource {

    private final RegistryStatistics statistics;

    public StatisticsResource(RegistryStatistics statistics) {
        this.statistics = statistics;
    }

    @GET
    @Operation(operationId = "getRegistryStatistics",
            summary = "Counts by country, type, theme, status and accreditation")
    @APIResponse(responseCode = "200", description = "Counts over the organisations the public may see")
    public RegistryStatistics.Statistics statistics() {
        return statistics.current();
    }
}
