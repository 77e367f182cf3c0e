package org.civicspace.events.registry.persistence;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The reprisals service's latest decision about one registry id (a person or an organisation): flagged, with the
 * consent of whoever it names, or lifted again. Never shown: it only takes a chosen name out of public answers.
 */
@Entity
@Table(name = "protection_flag")
public class ProtectionFlag extends PanacheEntityBase {

    @Id
    @Column(name = "registry_id")
    public UUID registryId;

    @Column(nullable = false)
    public boolean flagged;

    /** When the reprisals service decided: an older decision than this one is ignored. */
    @Column(name = "as_of", nullable = false)
    public Instant asOf;

    /** Whether any of these registry ids (nulls ignored) is flagged now. */
    public static boolean anyFlagged(UUID... registryIds) {
        var ids = Arrays.stream(registryIds).filter(Objects::nonNull).distinct().toList();
        return !ids.isEmpty() && count("registryId in ?1 and flagged = true", ids) > 0;
    }
}
