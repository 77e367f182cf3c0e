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
    public record Statistics(long total, Map<String, Long> byCountry, Map<String, Long> byType,
            Map<String, Long> byTheme, Map<String, Long> byStatus, Map<String, Long> byAccreditation) {
    }

    @Transactional
    public Statistics current() {
        Map<String, Long> byStatus = search.countBy(Dimension.STATUS);
        return new Statistics(byStatus.values().stream().mapToLong(Long::longValue).sum(),
                search.countBy(Dimension.COUNTRY), search.countBy(Dimension.TYPE), search.countBy(Dimension.THEME),
                byStatus, search.countBy(Dimension.ACCREDITATION));
    }
}
