package org.civicspace.accreditation.applications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;

import org.civicspace.accreditation.accreditations.domain.EcosocCategory;
import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.accreditation.applications.domain.ApplyingPolicy.Held;
import org.civicspace.accreditation.applications.domain.ApplyingPolicy.Open;
import org.civicspace.platform.domain.Refusal;
import org.junit.jupiter.api.Test;

class ApplyingPolicyTest {

    private static final UUID ACCREDITATION = UUID.randomUUID();
    private static final UUID APPLICATION = UUID.randomUUID();

    @Test
    void aFirstApplicationOnATrackMayStart() {
        assertThat(ApplyingPolicy.mayStart(Track.DGC, null, Optional.empty(), Optional.empty())).isEmpty();
        assertThat(ApplyingPolicy.mayStart(Track.ECOSOC, EcosocCategory.SPECIAL, Optional.empty(), Optional.empty()))
                .isEmpty();
    }

    @Test
    void anAssociatedOrganisationDoesNotApplyForDgcAgain() {
        assertThat(ApplyingPolicy.mayStart(Track.DGC, null, Optional.of(new Held(ACCREDITATION, null)),
                Optional.empty())).hasValueSatisfying(r -> assertThat(((Refusal.Conflict) r).detail())
                        .contains("already associated with DGC").contains(ACCREDITATION.toString()));
    }

    @Test
    void anEcosocOrganisationAppliesOnlyForAnotherCategory() {
        Optional<Held> special = Optional.of(new Held(ACCREDITATION, EcosocCategory.SPECIAL));
        assertThat(ApplyingPolicy.mayStart(Track.ECOSOC, EcosocCategory.SPECIAL, special, Optional.empty()))
                .containsInstanceOf(Refusal.Conflict.class);
        assertThat(ApplyingPolicy.mayStart(Track.ECOSOC, EcosocCategory.GENERAL, special, Optional.empty()))
                .isEmpty();
    }

    @Test
    void noOrganisationHasTwoOpenApplicationsOnATrack() {
        Optional<Open> open = Optional.of(new Open(APPLICATION, ApplicationState.SUBMITTED));
        assertThat(ApplyingPolicy.mayStart(Track.DGC, null, Optional.empty(), open))
                .hasValueSatisfying(r -> assertThat(((Refusal.Conflict) r).detail()).contains(APPLICATION.toString()));
        assertThat(ApplyingPolicy.noneOpen(Track.DGC, open)).isPresent();
        assertThat(ApplyingPolicy.noneOpen(Track.DGC, Optional.empty())).isEmpty();
    }
}
