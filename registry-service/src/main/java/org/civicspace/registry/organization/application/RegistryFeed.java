package org.civicspace.registry.organization.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicspace.registry.organization.persistence.OrganizationEntity;

/** What dashboards follow: organisations newly admitted to the registry and newly associated with DGC. */
@ApplicationScoped
public class RegistryFeed {

    /** One item of the feed. */
    public record Entry(Kind kind, UUID organizationId, String legalName, String headquartersCountry, Instant at) {

        /** A stable id for feed readers, the same however often the feed is read. */
        public String id() {
            return "urn:civicspace:registry:" + kind.name().toLowerCase() + ":" + organizationId;
        }
    }

    /** Why an organisation is in the feed. */
    public enum Kind {
        REGISTERED,
        ASSOCIATED
    }

    @Transactional
    public List<Entry> latest(int limit) {
        List<Entry> entries = new ArrayList<>();
        OrganizationEntity.<OrganizationEntity>find("activatedAt is not null and status <> 'pending' "
                + "order by activatedAt desc").page(0, limit).list()
                .forEach(o -> entries.add(new Entry(Kind.REGISTERED, o.id, o.legalName, o.headquartersCountry,
                        o.activatedAt)));
        OrganizationEntity.<OrganizationEntity>find("dgcAssociatedSince is not null and status <> 'pending' "
                + "order by dgcAsOf desc").page(0, limit).list()
                .forEach(o -> entries.add(new Entry(Kind.ASSOCIATED, o.id, o.legalName, o.headquartersCountry,
                        o.dgcAsOf)));
        return entries.stream()
                .sorted(Comparator.comparing(Entry::at).reversed().thenComparing(Entry::id))
                .limit(limit)
                .toList();
    }
}
