package org.civicspace.events.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicspace.events.registry.domain.PublicNaming.Audience;
import org.junit.jupiter.api.Test;

class PublicNamingTest {

    @Test
    void namesToOthersOnlyThoseWhoChoseAndAreNotFlagged() {
        assertThat(PublicNaming.mayName(Audience.OTHERS, true, false)).isTrue();
        assertThat(PublicNaming.mayName(Audience.OTHERS, false, false)).isFalse();
        assertThat(PublicNaming.mayName(Audience.OTHERS, true, true)).isFalse();
        assertThat(PublicNaming.mayName(Audience.OTHERS, false, true)).isFalse();
    }

    @Test
    void showsStaffAndTheEnteringOrganisationEveryNameWhateverTheFlags() {
        for (boolean chose : new boolean[] { true, false }) {
            for (boolean flagged : new boolean[] { true, false }) {
                assertThat(PublicNaming.mayName(Audience.STAFF, chose, flagged)).isTrue();
                assertThat(PublicNaming.mayName(Audience.ENTERING_ORGANIZATION, chose, flagged)).isTrue();
            }
        }
    }
}
