package org.civicspace.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.civicspace.accreditation.accreditations.domain.AccreditationStatus;
import org.civicspace.accreditation.accreditations.domain.EcosocCategory;
import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.accreditation.applications.domain.ApplicationState;
import org.civicspace.accreditation.applications.domain.DecisionOutcome;
import org.civicspace.accreditation.applications.domain.QuestionKind;
import org.civicspace.accreditation.groundspass.domain.DesignationStatus;
import org.civicspace.accreditation.groundspass.domain.DutyStation;
import org.civicspace.accreditation.groundspass.domain.PassKind;
import org.junit.jupiter.api.Test;

/**
 * The wire codes of the enums are the values the database rows, the published events, their schemas and partners'
 * clients already hold: spelling them with the platform's WireCodes must not change one.
 */
class WireSpellingTest {

    @Test
    void keepsEveryCodeTheDatabaseAndTheEventsHold() {
        assertThat(codes(Track.values())).containsExactly("dgc", "ecosoc");
        assertThat(codes(EcosocCategory.values())).containsExactly("general", "special", "roster");
        assertThat(codes(DutyStation.values())).containsExactly("new-york", "geneva", "vienna");
        assertThat(codes(PassKind.values())).containsExactly("regular", "youth", "head", "main-representative",
                "additional-representative");
        assertThat(codes(ApplicationState.values())).containsExactly("draft", "submitted", "screening",
                "clarification-requested", "before-committee", "questions-raised", "deferred", "recommended",
                "granted", "rejected", "reconsideration-requested", "withdrawn");
        assertThat(codes(AccreditationStatus.values())).containsExactly("active", "suspended", "withdrawn");
        assertThat(codes(DesignationStatus.values())).containsExactly("issued", "revoked");
        assertThat(codes(QuestionKind.values())).containsExactly("committee", "clarification");
        assertThat(codes(DecisionOutcome.values())).containsExactly("granted", "rejected");
    }

    @Test
    void readsOnlyTheWireSpelling() {
        assertThat(PassKind.fromCode("main-representative")).isEqualTo(PassKind.MAIN_REPRESENTATIVE);
        assertThat(DutyStation.fromCode("new-york")).isEqualTo(DutyStation.NEW_YORK);
        for (String other : List.of("DGC", "Dgc", "dgc ", "")) {
            assertThatThrownBy(() -> Track.fromCode(other)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> DutyStation.fromCode("NEW_YORK")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decidesIntoTheStateOfTheSameName() {
        for (DecisionOutcome outcome : DecisionOutcome.values()) {
            assertThat(outcome.state().code()).isEqualTo(outcome.code());
        }
    }

    /** Each constant as problems and messages print it: its code. */
    private static List<String> codes(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::toString).toList();
    }
}
