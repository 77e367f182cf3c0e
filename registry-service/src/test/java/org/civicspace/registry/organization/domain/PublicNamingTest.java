package org.civicspace.registry.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicNamingTest {

    @Test
    void namesToThePublicOnlyCurrentMembersWhoChoseAndAreNotFlagged() {
        assertThat(PublicNaming.namedToThePublic(true, true, false)).isTrue();
        assertThat(PublicNaming.namedToThePublic(true, false, false)).isFalse();
        assertThat(PublicNaming.namedToThePublic(true, true, true)).isFalse();
        assertThat(PublicNaming.namedToThePublic(false, true, false)).isFalse();
    }
}
