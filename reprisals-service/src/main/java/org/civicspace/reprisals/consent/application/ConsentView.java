package org.civicspace.reprisals.consent.application;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.civicspace.reprisals.consent.domain.ConsentChannel;
import org.civicspace.reprisals.consent.domain.ConsentGiver;
import org.civicspace.reprisals.consent.domain.ConsentScope;
import org.civicspace.reprisals.consent.persistence.ConsentEntity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An informed-consent record as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Consent")
public record ConsentView(UUID id, UUID victimId, ConsentGiver givenBy, ConsentChannel channel,
        Set<ConsentScope> scopes, Instant givenAt,
        @Schema(description = "The officer who recorded it, or secure-intake", example = "case-officer-a")
        String recordedBy, Instant withdrawnAt, boolean effective) {

    static ConsentView of(ConsentEntity c) {
        return new ConsentView(c.id, c.victimId, c.givenBy, c.channel, c.scopeSet(), c.givenAt, c.recordedBy,
                c.withdrawnAt, c.withdrawnAt == null);
    }
}
