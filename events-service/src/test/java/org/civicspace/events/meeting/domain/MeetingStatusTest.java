package org.civicspace.events.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeetingStatusTest {

    @Test
    void allowsOnlyTheLifecycleTransitions() {
        assertThat(MeetingStatus.DRAFT.mayMoveTo(MeetingStatus.COMPLETED)).isFalse();
        assertThat(MeetingStatus.PUBLISHED.allowedNext()).containsExactlyInAnyOrder(MeetingStatus.COMPLETED,
                MeetingStatus.CANCELLED);
        assertThat(MeetingStatus.CANCELLED.allowedNext()).isEmpty();
    }
}
