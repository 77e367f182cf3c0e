package org.civicspace.accreditation.applications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ApplicationStateTest {

    @Test
    void followsTheReviewFromDraftToGrant() {
        ApplicationState[] path = { ApplicationState.DRAFT, ApplicationState.SUBMITTED, ApplicationState.SCREENING,
            ApplicationState.CLARIFICATION_REQUESTED, ApplicationState.SCREENING, ApplicationState.BEFORE_COMMITTEE,
            ApplicationState.QUESTIONS_RAISED, ApplicationState.DEFERRED, ApplicationState.BEFORE_COMMITTEE,
            ApplicationState.RECOMMENDED, ApplicationState.GRANTED };
        for (int i = 1; i < path.length; i++) {
            assertThat(path[i - 1].mayMoveTo(path[i])).as(path[i - 1] + " → " + path[i]).isTrue();
        }
    }

    @Test
    void grantsOnlyAfterARecommendation() {
        EnumSet<ApplicationState> reachingGrant = EnumSet.noneOf(ApplicationState.class);
        for (ApplicationState state : ApplicationState.values()) {
            if (state.mayMoveTo(ApplicationState.GRANTED)) {
                reachingGrant.add(state);
            }
        }
        assertThat(reachingGrant).containsExactly(ApplicationState.RECOMMENDED);
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationState.class, names = { "GRANTED", "REJECTED", "WITHDRAWN" }, mode = EnumSource.Mode.EXCLUDE)
    void mayBeWithdrawnAtAnyTimeBeforeADecision(ApplicationState state) {
        assertThat(state.mayMoveTo(ApplicationState.WITHDRAWN)).isTrue();
    }

    @Test
    void endsAfterGrantOrWithdrawalAndRejectionOnlyLeadsToReconsideration() {
        assertThat(ApplicationState.GRANTED.allowedNext()).isEmpty();
        assertThat(ApplicationState.WITHDRAWN.allowedNext()).isEmpty();
        assertThat(ApplicationState.REJECTED.allowedNext()).containsExactly(ApplicationState.RECONSIDERATION_REQUESTED);
        assertThat(ApplicationState.RECONSIDERATION_REQUESTED.allowedNext())
                .containsExactlyInAnyOrder(ApplicationState.BEFORE_COMMITTEE, ApplicationState.WITHDRAWN);
    }

    @Test
    void refusesToSkipScreeningOrTheCommittee() {
        assertThat(ApplicationState.DRAFT.mayMoveTo(ApplicationState.SCREENING)).isFalse();
        assertThat(ApplicationState.SUBMITTED.mayMoveTo(ApplicationState.BEFORE_COMMITTEE)).isFalse();
        assertThat(ApplicationState.SCREENING.mayMoveTo(ApplicationState.RECOMMENDED)).isFalse();
        assertThat(ApplicationState.DEFERRED.mayMoveTo(ApplicationState.RECOMMENDED)).isFalse();
    }

    @Test
    void readsAndWritesItsCodes() {
        for (ApplicationState state : ApplicationState.values()) {
            assertThat(ApplicationState.fromCode(state.code())).isSameAs(state);
        }
    }
}
