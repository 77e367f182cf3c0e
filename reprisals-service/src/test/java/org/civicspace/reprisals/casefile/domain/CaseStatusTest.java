package org.civicspace.reprisals.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.civicspace.platform.domain.Refusal;
import org.junit.jupiter.api.Test;

class CaseStatusTest {

    @Test
    void followsReportedAssessedActiveProtectionMonitoringClosed() {
        assertThat(CaseStatus.REPORTED.mayBecome(CaseStatus.ASSESSED)).isTrue();
        assertThat(CaseStatus.ASSESSED.mayBecome(CaseStatus.ACTIVE_PROTECTION)).isTrue();
        assertThat(CaseStatus.ACTIVE_PROTECTION.mayBecome(CaseStatus.MONITORING)).isTrue();
        assertThat(CaseStatus.MONITORING.mayBecome(CaseStatus.CLOSED)).isTrue();
    }

    @Test
    void reopensAClosedCaseForReassessment() {
        assertThat(CaseStatus.CLOSED.allowedNext()).containsExactly(CaseStatus.ASSESSED);
    }

    @Test
    void refusesSkippingAssessmentAndListsWhatIsAllowed() {
        Optional<Refusal> refusal = CaseLifecycle.check(CaseStatus.REPORTED, CaseStatus.ACTIVE_PROTECTION, true,
                false);

        assertThat(refusal).containsInstanceOf(Refusal.IllegalTransition.class);
        assertThat(((Refusal.IllegalTransition) refusal.orElseThrow()).allowed().stream().map(Object::toString))
                .containsExactlyInAnyOrder("ASSESSED", "CLOSED");
    }

    @Test
    void refusesAssessmentWithoutARiskAssessment() {
        assertThat(CaseLifecycle.check(CaseStatus.REPORTED, CaseStatus.ASSESSED, false, false))
                .containsInstanceOf(Refusal.Conflict.class);
        assertThat(CaseLifecycle.check(CaseStatus.REPORTED, CaseStatus.ASSESSED, true, false)).isEmpty();
    }

    @Test
    void refusesReopeningACaseWhoseDataWasErased() {
        assertThat(CaseLifecycle.check(CaseStatus.CLOSED, CaseStatus.ASSESSED, true, true))
                .containsInstanceOf(Refusal.Conflict.class);
    }

    @Test
    void showsReportersOnlyACoarseStatus() {
        assertThat(CaseStatus.ACTIVE_PROTECTION.publicStatus()).isEqualTo(PublicStatus.IN_PROGRESS);
        assertThat(CaseStatus.REPORTED.publicStatus()).isEqualTo(PublicStatus.RECEIVED);
    }
}
