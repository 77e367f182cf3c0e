package org.civicspace.registry.organization.application;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.registry.organization.persistence.OrganizationSearch;
import org.civicspace.registry.organization.persistence.OrganizationSearch.Dimension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Counts of organisations for dashboards, over what the public may see (pending registrations are left out). */
@ApplicationScoped
public class RegistryStatistics {

    private final OrganizationSearch search;

    public RegistryStatistics(OrganizationSearch search) {
        this.search = search;
    }

    /** Counts by dimension. */
    @Schema(name = "RegistryStatistics")
    public record Statistics(
            @Schema(example = "4182") long total,
            @Schema(description = "By headquarters country, ISO 3166-1 alpha-2", example = "{\"IN\": 412, \"KE\": 187}")
            Map<String, Long> byCountry,
            @Schema(example = "{\"national-ngo\": 2841, \"international-ngo\": 611}") Map<String, Long> byType,
            @Schema(example = "{\"sdg-4\": 903, \"human-rights\": 1175}") Map<String, Long> byTheme,
            @Schema(example = "{\"active\": 3920, \"suspended\": 41, \"dissolved\": 221}") Map<String, Long> byStatus,
            @Schema(example = "{\"dgc\": 1533, \"ecosoc-special\": 812, \"none\": 2207}")
            Map<String, Long> byAccreditation) {
    }

    @Transactional
    public Statistics current() {
        Map<String, Long> byStatus = search.countBy(Dimension.STATUS);
        return new Statistics(byStatus.values().stream().mapToLong(Long::longValue).sum(),
                search.countBy(Dimension.COUNTRY), search.countBy(Dimension.TYPE), search.countBy(Dimension.THEME),
                byStatus, search.countBy(Dimension.ACCREDITATION));
    }
}
