package org.civicspace.events.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class StaffOnlySettingsTest {

    private static final Instant OPENS = Instant.parse("2027-01-01T10:00:00.123456Z");
    private static final StaffOnlySettings CURRENT =
            new StaffOnlySettings(MeetingKind.THEMATIC_BRIEFING, 100, 5, 0, false, OPENS, OPENS.plusSeconds(3600));

    @Test
    void namesEveryStaffOnlySettingARequestChanges() {
        assertThat(CURRENT.changedBy(new StaffOnlySettings(MeetingKind.CONFERENCE, 200, 5, 10, true, null, null)))
                .containsExactly("kind", "capacity", "youthSharePercent", "invitationOnly");
    }

    @Test
    void keepsWhatARequestLeavesOutOrSendsBackUnchanged() {
        assertThat(CURRENT.changedBy(new StaffOnlySettings(MeetingKind.THEMATIC_BRIEFING, 100, null, null, null,
                OPENS.plusNanos(700), null))).isEmpty();
    }
}
