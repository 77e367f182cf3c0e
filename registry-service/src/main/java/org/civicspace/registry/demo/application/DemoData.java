package org.civicspace.registry.demo.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.civicspace.platform.messaging.outbox.Outbox;
import org.civicspace.registry.organization.domain.OrganizationIdentifier;
import org.civicspace.registry.organization.domain.OrganizationStatus;
import org.civicspace.registry.organization.domain.SearchText;
import org.civicspace.registry.organization.messaging.RegistryEvents;
import org.civicspace.registry.organization.persistence.OrganizationEntity;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * The local stack's demo registry: the 14 organisations that DGC associated in one sitting in 2019 (names and
 * countries as the press release gives them; every other field is a demo value). Loaded on the first start only,
 * into an empty registry, with their events, as if registered and activated by DGC staff.
 */
@ApplicationScoped
public class DemoData {

    /** The organisation the demo user cso-rep represents (its org_id claim in the demo realm). */
    static final UUID CSO_REP_ORGANIZATION = UUID.fromString("7d9f3c2a-5b1e-4f8a-9c6d-2e4b8a1f3c5d");

    record DemoOrganization(String legalName, String country, String type, List<String> themes) {
    }

    static final List<DemoOrganization> DGC_2019 = List.of(
            new DemoOrganization("28.Jun", "CA", "national-ngo", List.of("human-rights", "sdg-10")),
            new DemoOrganization("American Medical Women's International Association", "US", "international-ngo",
                    List.of("sdg-3", "sdg-5")),
            new DemoOrganization("Association of Professional Social Workers and Development Practitioners", "IN",
                    "professional-voluntary-association", List.of("sdg-1", "sdg-10")),
            new DemoOrganization("Asociación de Primeras Damas de Colombia", "CO", "national-ngo",
                    List.of("sdg-5", "sdg-16")),
            new DemoOrganization("Cancer Aid Society", "IN", "national-ngo", List.of("sdg-3")),
            new DemoOrganization("Center for Oceanic Awareness, Research and Education", "US", "think-tank-or-research-institute",
                    List.of("sdg-14", "sdg-13")),
            new DemoOrganization("Global Emergency Response and Assistance (GERA)", "US", "international-ngo",
                    List.of("humanitarian-action", "sdg-3")),
            new DemoOrganization("IVolunteer", "US", "social-network", List.of("sdg-17", "sdg-4")),
            new DemoOrganization("Journalists and Writers Foundation", "US", "foundation",
                    List.of("sdg-16", "peace-and-security")),
            new DemoOrganization("Muhammad Ali Center", "US", "national-ngo", List.of("sdg-4", "peace-and-security")),
            new DemoOrganization("Nuestros Pequeños Hermanos y Hermanas Internacional", "MX", "international-ngo",
                    List.of("sdg-1", "sdg-4")),
            new DemoOrganization("We, The World", "US", "social-movement", List.of("sdg-13", "sdg-17")),
            new DemoOrganization("World Human Accountability Organization", "US", "advocacy-group",
                    List.of("human-rights", "sdg-16")),
            new DemoOrganization("Worldwide Breast Cancer Association Profile", "US", "international-ngo",
                    List.of("sdg-3", "sdg-5")));

    private final boolean enabled;
    private final Outbox outbox;
    private final EntityManager entityManager;

    public DemoData(@ConfigProperty(name = "civicspace.demo-data") boolean enabled, Outbox outbox,
            EntityManager entityManager) {
        this.enabled = enabled;
        this.outbox = outbox;
        this.entityManager = entityManager;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    /** Loads the demo organisations unless they are there already; returns how many it loaded. */
    @Transactional
    public int load() {
        if (OrganizationEntity.count("identifierAgency = ?1 and identifierNumber like 'DEMO%'",
                OrganizationIdentifier.FALLBACK_AGENCY) > 0) {
            return 0;
        }
        Instant now = Instant.now();
        int number = 0;
        for (DemoOrganization demo : DGC_2019) {
            number++;
            OrganizationEntity organization = new OrganizationEntity();
            // cso-rep represents the second one; the others get stable ids derived from their names
            organization.id = number == 2 ? CSO_REP_ORGANIZATION
                    : UUID.nameUUIDFromBytes(demo.legalName().getBytes(StandardCharsets.UTF_8));
            organization.identifierAgency = OrganizationIdentifier.FALLBACK_AGENCY;
            organization.identifierNumber = String.format("DEMO%02d", number);
            organization.legalName = demo.legalName();
            organization.searchText = SearchText.ofNames(demo.legalName(), null, List.of());
            organization.type = demo.type();
            organization.headquartersCountry = demo.country();
            organization.countriesOfOperation = new ArrayList<>(List.of(demo.country()));
            organization.themes = new ArrayList<>(demo.themes());
            organization.workingLanguages = new ArrayList<>(List.of("en"));
            organization.website = "https://example.org/demo-" + number;
            organization.status = OrganizationStatus.ACTIVE.code();
            organization.statusReason = "Demo data";
            organization.registeredAt = now;
            organization.activatedAt = now;
            organization.updatedAt = now;
            organization.persist();
            entityManager.flush();
            outbox.append(RegistryEvents.REGISTERED, organization.id, new RegistryEvents.OrganizationSnapshot(
                    organization.id, organization.identifierAgency + "-" + organization.identifierNumber,
                    organization.legalName, null, organization.type, organization.headquartersCountry,
                    organization.countriesOfOperation, organization.themes, organization.status, null,
                    organization.version, now));
        }
        Log.infof("loaded %d demo organisations", DGC_2019.size());
        return DGC_2019.size();
    }
}
