package org.civicspace.registry.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Wire codes of the registry's enums read back as their constants (how they are written: OrganizationRulesTest). */
class CodesTest {

    @Test
    void everyConstantReadsBackFromItsCode() {
        for (OrganizationType type : OrganizationType.values()) {
            assertThat(OrganizationType.fromCode(type.code())).isSameAs(type);
        }
        for (Theme theme : Theme.values()) {
            assertThat(Theme.fromCode(theme.code())).isSameAs(theme);
        }
        for (OrganizationStatus status : OrganizationStatus.values()) {
            assertThat(OrganizationStatus.fromCode(status.code())).isSameAs(status);
        }
        for (EcosocStatus status : EcosocStatus.values()) {
            assertThat(EcosocStatus.fromCode(status.code())).isSameAs(status);
        }
        for (RepresentativeRole role : RepresentativeRole.values()) {
            assertThat(RepresentativeRole.fromCode(role.code())).isSameAs(role);
        }
    }

    @Test
    void codesOfOneEnumAreNotCodesOfAnother() {
        assertThat(OrganizationStatus.fromCode("active")).isSameAs(OrganizationStatus.ACTIVE);
        assertThatThrownBy(() -> OrganizationType.fromCode("active"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown OrganizationType: active");
    }

    @Test
    void unknownMissingOrMisspeltCodeIsRefused() {
        assertThatThrownBy(() -> OrganizationType.fromCode("WOMENS_GROUP"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown OrganizationType: WOMENS_GROUP");
        assertThatThrownBy(() -> Theme.fromCode(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown Theme: null");
        assertThatThrownBy(() -> OrganizationStatus.fromCode(""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
