package org.civicspace.notifications.preference.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.civicspace.notifications.notice.domain.NoticeKind;
import org.junit.jupiter.api.Test;

class MandatoryNoticesTest {

    @Test
    void aDeadlineADecisionALostPassAndACancelledTripCannotBeTurnedOff() {
        assertThat(Arrays.stream(NoticeKind.values()).filter(MandatoryNotices::isMandatory)).containsExactlyInAnyOrder(
                NoticeKind.APPLICATION_QUESTION_RAISED, NoticeKind.APPLICATION_DEFERRED,
                NoticeKind.APPLICATION_REJECTED, NoticeKind.GROUNDS_PASS_REVOKED, NoticeKind.REGISTRATION_CANCELLED);
    }

    @Test
    void goodNewsAndInterimStatesMayBeTurnedOff() {
        assertThat(MandatoryNotices.mayTurnOff(NoticeKind.GROUNDS_PASS_ISSUED)).isTrue();
        assertThat(MandatoryNotices.mayTurnOff(NoticeKind.REGISTRATION_CONFIRMED)).isTrue();
        assertThat(MandatoryNotices.mayTurnOff(NoticeKind.REGISTRATION_WAITLISTED)).isTrue();
        assertThat(MandatoryNotices.mayTurnOff(NoticeKind.REGISTRATION_PROMOTED)).isTrue();
        assertThat(MandatoryNotices.mayTurnOff(NoticeKind.PROPOSAL_ACCEPTED)).isTrue();
        assertThat(MandatoryNotices.mayTurnOff(NoticeKind.APPLICATION_QUESTION_RAISED)).isFalse();
    }

    @Test
    void aKindThatIsNeverMailedIsNoChoiceAtAll() {
        assertThat(MandatoryNotices.isMandatory(NoticeKind.CASE_FIRST_RESPONSE_OVERDUE)).isFalse();
        assertThat(MandatoryNotices.mayTurnOff(NoticeKind.CASE_FIRST_RESPONSE_OVERDUE)).isFalse();
        assertThat(MandatoryNotices.mailedKinds()).doesNotContain(NoticeKind.CASE_FIRST_RESPONSE_OVERDUE)
                .allSatisfy(kind -> assertThat(MandatoryNotices.isMandatory(kind) != MandatoryNotices.mayTurnOff(kind))
                        .as(kind.code()).isTrue());
    }
}
