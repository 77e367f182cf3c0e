package org.civicspace.registry.organization.api;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.civicspace.registry.organization.persistence.OrganizationSearch;
import org.civicspace.registry.organization.persistence.OrganizationSearch.Dimension;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Counts of organisations for dashboards, over what the public may see. */
@Path("/api/v1/registry/statistics")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Statistics", description = "Counts of organisations, for dashboards")
public class StatisticsResource {

    private final OrganizationSearch search;

    public StatisticsResource(OrganizationSearch search) {
        this.search = search;
    }

    /** Counts by dimension; pending registrations are not counted. */
    @Schema(name = "RegistryStatistics")
    public record Statistics(long total, Map<String, Long> byCountry, Map<String, Long> byType,
            Map<String, Long> byTheme, Map<String, Long> byStatus, Map<String, Long> byAccreditation) {
    }

    @GET
    @Transactional
    @Operation(summary = "Counts by country, type, theme, status and accreditation")
    public Statistics statistics() {
        Map<String, Long> byStatus = search.countBy(Dimension.STATUS);
        return new Statistics(byStatus.values().stream().mapToLong(Long::longValue).sum(),
                search.countBy(Dimension.COUNTRY), search.countBy(Dimension.TYPE), search.countBy(Dimension.THEME),
                byStatus, search.countBy(Dimension.ACCREDITATION));
    }
}
