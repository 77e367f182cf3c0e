package org.civicspace.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import org.civicspace.events.meeting.domain.MeetingKind;
import org.civicspace.events.meeting.domain.MeetingPeriod;
import org.civicspace.events.meeting.domain.MeetingStatus;
import org.civicspace.events.meeting.domain.UnLanguage;
import org.civicspace.events.meeting.domain.VenueMode;
import org.civicspace.events.proposal.domain.ProposalKind;
import org.civicspace.events.proposal.domain.ProposalState;
import org.civicspace.events.proposal.domain.ReviewStep;
import org.civicspace.events.registration.domain.RegistrationStatus;

/**
 * The values the API, the events on Kafka, the feeds and the database have always spelt: moving the enums to the
 * platform's one spelling changed none of them.
 */
class WireSpellingTest {

    @Test
    void spellsEveryValueAsTheWireAlwaysHad() {
        assertThat(codes(MeetingKind.values(), MeetingKind::code))
                .containsExactly("thematic-briefing", "capacity-building", "orientation", "conference");
        assertThat(codes(MeetingStatus.values(), MeetingStatus::code))
                .containsExactly("draft", "published", "completed", "cancelled");
        assertThat(codes(ProposalState.values(), ProposalState::code))
                .containsExactly("submitted", "under-review", "accepted", "rejected", "withdrawn", "duplicate");
        assertThat(codes(RegistrationStatus.values(), RegistrationStatus::code))
                .containsExactly("confirmed", "waitlisted", "cancelled", "attended", "no-show");
        assertThat(codes(VenueMode.values(), VenueMode::code)).containsExactly("in-person", "online", "hybrid");
        assertThat(codes(UnLanguage.values(), UnLanguage::code)).containsExactly("ar", "zh", "en", "fr", "ru", "es");
        assertThat(codes(MeetingPeriod.values(), MeetingPeriod::code)).containsExactly("upcoming", "past", "all");
    }

    @Test
    void spellsWhatACsoProposesAndAReviewDecidesAsTheKindsAndStatesTheyBecome() {
        assertThat(ProposalKind.values())
                .allSatisfy(kind -> assertThat(kind.code()).isEqualTo(kind.meetingKind().code()));
        assertThat(ReviewStep.values()).allSatisfy(step -> assertThat(step.code()).isEqualTo(step.state().code()));
        assertThat(codes(ReviewStep.values(), ReviewStep::code))
                .containsExactly("under-review", "accepted", "rejected", "duplicate");
    }

    @Test
    void readsOnlyTheWireSpelling() {
        assertThat(MeetingStatus.fromCode("published")).isEqualTo(MeetingStatus.PUBLISHED);
        assertThatThrownBy(() -> MeetingStatus.fromCode("PUBLISHED")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegistrationStatus.fromCode("no_show")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void patternOfATitlesLanguageNamesTheSixLanguages() {
        assertThat(UnLanguage.PATTERN).isEqualTo(String.join("|", codes(UnLanguage.values(), UnLanguage::code)));
    }

    private static <E> List<String> codes(E[] values, Function<E, String> code) {
        return Arrays.stream(values).map(code).toList();
    }
}
