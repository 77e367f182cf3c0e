package org.civicspace.accreditation.accreditations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccreditationStatusTest {

    @Test
    void suspendsOnlyWhatIsActiveAndReinstatesOnlyWhatIsSuspended() {
        assertThat(AccreditationStatus.ACTIVE.allowedNext()).containsExactlyInAnyOrder(AccreditationStatus.SUSPENDED,
                AccreditationStatus.WITHDRAWN);
        assertThat(AccreditationStatus.SUSPENDED.allowedNext()).containsExactlyInAnyOrder(AccreditationStatus.ACTIVE,
                AccreditationStatus.WITHDRAWN);
    }

    @Test
    void neverRevivesAWithdrawal() {
        assertThat(AccreditationStatus.WITHDRAWN.allowedNext()).isEmpty();
        assertThat(AccreditationStatus.WITHDRAWN.mayMoveTo(AccreditationStatus.ACTIVE)).isFalse();
    }
}
